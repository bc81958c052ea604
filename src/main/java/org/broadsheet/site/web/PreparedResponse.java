package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * A cached page's response as the whole application sent it once: every header its filters and
 * controller wrote (security policy, validators, caching), and the body both plain and gzipped, so
 * sending it again is copying bytes.
 *
 * @param secure whether it went out over HTTPS, which adds headers (HSTS) a plain request must not get
 */
record PreparedResponse(
        List<Header> headers, String vary, String contentType, byte[] identity, byte[] gzip, boolean secure) {

    record Header(String name, String value) {}

    /** What the container works out per response, or what depends on the encoding chosen. */
    private static final Set<String> PER_RESPONSE = Set.of(
            "date",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "content-type",
            "connection",
            "keep-alive",
            "vary");

    /** The response the chain has just written for this page; none if it set a cookie, which no reader may share. */
    static Optional<PreparedResponse> of(HttpServletResponse response, CachedPage page, boolean secure) {
        if (!response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() || response.getContentType() == null) {
            return Optional.empty();
        }
        List<Header> headers = new ArrayList<>();
        for (String name : Set.copyOf(response.getHeaderNames())) {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
            }
        }
        byte[] identity = page.body();
        return Optional.of(new PreparedResponse(
                List.copyOf(headers),
                vary(response.getHeaders(HttpHeaders.VARY)),
                response.getContentType(),
                identity,
                page.gzipped(),
                secure));
    }

    /** What the page varies on, and the encoding, which a cache in between must tell apart too. */
    private static String vary(Iterable<String> values) {
        Set<String> fields = new LinkedHashSet<>();
        for (String value : values) {
            for (String field : value.split(",")) {
                if (!field.isBlank() && !field.strip().equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
                    fields.add(field.strip());
                }
            }
        }
        fields.add(HttpHeaders.ACCEPT_ENCODING);
        return String.join(", ", fields);
    }
}
