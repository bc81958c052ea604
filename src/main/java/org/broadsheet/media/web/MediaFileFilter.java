package org.broadsheet.media.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.media.service.MediaService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends picture variants ahead of the rest of the application: a variant is public, its name
 * never changes meaning, and a page of pictures asks for dozens at once, so the security chain,
 * sessions and the MVC dispatcher have nothing to add. Whatever this filter does not answer (a
 * range request, an unknown name) goes on to {@link MediaFileController}, which answers it fully.
 */
class MediaFileFilter extends OncePerRequestFilter {

    private static final Pattern VARIANT = Pattern.compile("/media/(\\d{1,18})/([^/]+)");
    /** Variants up to this size are kept in memory: most are a few kilobytes to a few hundred. */
    private static final long KEPT_FILE_LIMIT = 1024 * 1024;

    /** Variant bytes by address: a name's content never changes, so nothing needs forgetting but by size. */
    private final Cache<String, byte[]> kept = Caffeine.newBuilder()
            .maximumWeight(64L * 1024 * 1024)
            .weigher((String address, byte[] bytes) -> bytes.length)
            .build();

    private final MediaService media;

    MediaFileFilter(MediaService media) {
        this.media = media;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equals(request.getMethod());
        Matcher path = VARIANT.matcher(request.getRequestURI());
        if (!(head || "GET".equals(request.getMethod()))
                || request.getHeader("Range") != null
                || request.getQueryString() != null
                || !path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String name = path.group(2);
        Optional<Resource> file = media.variant(Long.parseLong(path.group(1)), name);
        if (file.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String etag = MediaFileController.etag(name);
        response.setHeader("Cache-Control", MediaFileController.FOREVER.getHeaderValue());
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Accept-Ranges", "bytes");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(MediaFileController.contentType(name));
        Resource variant = file.get();
        long length = variant.contentLength();
        response.setContentLengthLong(length);
        if (head) {
            return;
        }
        if (length <= KEPT_FILE_LIMIT) {
            response.getOutputStream().write(kept.get(request.getRequestURI(), address -> read(variant)));
        } else {
            try (InputStream in = variant.getInputStream()) {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    private static byte[] read(Resource variant) {
        try (InputStream in = variant.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<MediaFileFilter> mediaFileFilter(MediaService media) {
            FilterRegistrationBean<MediaFileFilter> registration =
                    new FilterRegistrationBean<>(new MediaFileFilter(media));
            registration.addUrlPatterns("/media/*");
            // before Spring Security's chain (ordered -100) and everything else
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
