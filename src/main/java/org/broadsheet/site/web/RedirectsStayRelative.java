package org.broadsheet.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within the site (to the login page, after it) are sent as paths. Libraries build them
 * from the request's {@code Host}, which anyone can forge; a path sends the browser back to the
 * address it actually used.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RedirectsStayRelative extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getScheme() + "://" + request.getServerName();
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(relative(location, origin));
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value, origin) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value, origin) : value);
            }
        });
    }

    /** The path of an address on the request's own origin (any port); any other address as it is. */
    static String relative(String location, String origin) {
        if (!location.regionMatches(true, 0, origin, 0, origin.length())) {
            return location;
        }
        String rest = location.substring(origin.length());
        if (rest.startsWith(":")) {
            int slash = rest.indexOf('/');
            rest = slash < 0 ? "" : rest.substring(slash);
        }
        if (rest.isEmpty()) {
            return "/";
        }
        return rest.startsWith("/") && !rest.startsWith("//") ? rest : location;
    }
}
