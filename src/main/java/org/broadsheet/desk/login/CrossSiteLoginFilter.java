package org.broadsheet.desk.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login posted from another site (login CSRF: an attacker's page logging the visitor
 * into the attacker's account). Browsers say where a form comes from in {@code Sec-Fetch-Site}
 * and {@code Origin}; a post whose browser says "another site" never reaches the password check.
 */
public class CrossSiteLoginFilter extends OncePerRequestFilter {

    private final RequestMatcher loginPost;

    public CrossSiteLoginFilter(RequestMatcher loginPost) {
        this.loginPost = loginPost;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPost.matches(request) && fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "A login must be sent from this site's own page");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameHost(origin, request.getHeader("Host"));
    }

    /** The origin's host and port against the address the browser used (a proxy may end TLS, so not the scheme). */
    private static boolean sameHost(String origin, @Nullable String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String originHost = (uri.getHost() + port).toLowerCase(Locale.ROOT);
            String requestHost = host.toLowerCase(Locale.ROOT);
            return originHost.equals(requestHost) || originHost.equals(requestHost.replaceFirst(":(80|443)$", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
