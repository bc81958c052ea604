package org.broadsheet.desk;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.broadsheet.base.EmbedLink;
import org.broadsheet.desk.login.CrossSiteLoginFilter;
import org.broadsheet.desk.login.LoginFailureRedirect;
import org.broadsheet.desk.login.LoginThrottleFilter;
import org.broadsheet.desk.login.TwoStepLoginSuccessHandler;
import org.broadsheet.people.service.LoginThrottle;
import org.broadsheet.people.service.TwoFactorService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The public site is open to everyone and never gets a session; everything under {@code /desk}
 * is Vaadin's, secured by the views' own role annotations and, behind them, method security on
 * every service ({@code @PreAuthorize}). JSR-250 method security stays off: it would proxy the
 * views, whose {@code @RolesAllowed} is Vaadin's navigation rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class DeskSecurityConfiguration {

    /**
     * Public pages run no inline script and load nothing from elsewhere but images, and the players
     * of embedded videos and posts once a reader asks for one.
     */
    static final String SITE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; frame-src " + EmbedLink.FRAME_ORIGINS
            + "; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security would wrap each of its filters in an observation once metrics are on, which
     * every request pays, a cache hit included; requests are measured where the work is (renders,
     * searches, logins), not filter by filter.
     */
    @Bean
    SecurityObservationSettings noPerFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Where logins are kept between requests; the second login step saves into it too. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle loginThrottle,
            SecurityContextRepository contexts,
            VaadinDefaultRequestCache requestCache,
            ObjectProvider<TwoFactorService> twoFactor,
            Clock clock)
            throws Exception {
        var desk = PathPatternRequestMatcher.withDefaults().matcher("/desk/**");
        var site = new NegatedRequestMatcher(desk);
        // Only the login pages are open under /desk: anything else asked for without a login is sent
        // there before Vaadin sees it, so no visitor costs a Vaadin session or UI.
        var loginPages = PathPatternRequestMatcher.withDefaults().matcher("/desk/login/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(site)
                .permitAll()
                .requestMatchers(loginPages)
                .permitAll()
                .requestMatchers(desk)
                .authenticated());
        // where a visitor was going is kept in a cookie, not in a session made for them
        requestCache.setDelegateRequestCache(new CookieRequestCache());
        // The cookie-notice answer changes nothing but a preference cookie, and a CSRF token
        // would need the session that public pages never create; the same holds for the login
        // form, which CrossSiteLoginFilter guards by Origin and Sec-Fetch-Site instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/consent"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/desk/login")));
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        site, new StaticHeadersWriter("Content-Security-Policy", SITE_CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        var loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/desk/login");
        http.addFilterBefore(new CrossSiteLoginFilter(loginPost), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                new LoginThrottleFilter(loginThrottle, loginPost), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.securityContext(context -> context.securityContextRepository(contexts));
        // Vaadin's configurer takes its success handler from here when one is set.
        http.setSharedObject(
                VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new TwoStepLoginSuccessHandler(twoFactor, contexts, requestCache, clock));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView("/login", "/") /* Vaadin puts its /desk before it */);
        // after Vaadin's configurer has set its failure URL: a locked account's owner is told until when
        http.formLogin(
                form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new LoginFailureRedirect());
                        return filter;
                    }
                }));
        return http.build();
    }
}
