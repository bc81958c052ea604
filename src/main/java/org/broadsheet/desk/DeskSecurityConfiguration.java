package org.broadsheet.desk;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.broadsheet.desk.login.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The public site is open to everyone and never gets a session; everything under {@code /desk}
 * is Vaadin's, secured by the views' own role annotations and, behind them, method security on
 * every service.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class DeskSecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        var desk = PathPatternRequestMatcher.withDefaults().matcher("/desk/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(new NegatedRequestMatcher(desk)).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        return http.build();
    }
}
