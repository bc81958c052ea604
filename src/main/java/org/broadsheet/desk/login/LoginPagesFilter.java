package org.broadsheet.desk.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code /desk/login} and {@code /desk/login/code} with {@link LoginPages}, after Spring
 * Security (which takes the password post itself) and before Vaadin's servlet, which owns
 * everything else under {@code /desk}.
 */
class LoginPagesFilter extends OncePerRequestFilter {

    private final LoginPages pages;

    LoginPagesFilter(LoginPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ResponseEntity<String> answer = answer(request, response, path);
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        String body = answer.getBody();
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private @Nullable ResponseEntity<String> answer(
            HttpServletRequest request, HttpServletResponse response, String path) {
        boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (path.equals(LoginPages.LOGIN) && get) {
            return pages.login(request);
        }
        if (path.equals(LoginPages.CODE) && get) {
            return pages.code(request);
        }
        if (path.equals(LoginPages.CODE) && "POST".equals(request.getMethod())) {
            return pages.verify(request, response);
        }
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<LoginPagesFilter> loginPagesFilter(LoginPages pages) {
            FilterRegistrationBean<LoginPagesFilter> registration =
                    new FilterRegistrationBean<>(new LoginPagesFilter(pages));
            registration.addUrlPatterns(LoginPages.LOGIN, LoginPages.CODE);
            // after Spring Security's chain (its filters are ordered -100)
            registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
            return registration;
        }
    }
}
