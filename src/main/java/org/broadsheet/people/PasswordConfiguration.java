package org.broadsheet.people;

import java.util.Map;
import org.broadsheet.people.service.LoginLockCheck;
import org.broadsheet.people.service.LoginLockedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Hashes carry their algorithm ({bcrypt}…), so a stronger one can take over without a reset. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A refused right password on a locked account is audited like any other refusal. */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(LoginLockedException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /**
     * Passwords are checked before locks: a locked account's owner who types the right one is
     * told when it opens ({@link LoginLockCheck}), everyone else hears "wrong". An unknown name
     * is compared against a dummy hash, so it takes as long as a known one.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            UserDetailsService users, PasswordEncoder passwordEncoder, LoginLockCheck locks) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPostAuthenticationChecks(locks);
        return provider;
    }
}
