package org.broadsheet.desk.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.broadsheet.people.service.LoginThrottle;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops login form posts from an address that has used up its failed attempts, before any
 * password is checked, and sends the browser back to the login page with a message saying so.
 * The address is the client's as a trusted proxy reports it (see {@code TrustedProxies}).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    public static final String THROTTLED_PARAMETER = "throttled";

    private final LoginThrottle throttle;
    private final RequestMatcher loginPost;

    public LoginThrottleFilter(LoginThrottle throttle, RequestMatcher loginPost) {
        this.throttle = throttle;
        this.loginPost = loginPost;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request) && !throttle.mayAttempt(request.getRemoteAddr())) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/desk/login?" + THROTTLED_PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }
}
