package org.broadsheet.site.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.broadsheet.site.domain.SiteSettings;

/**
 * The form of a site's public address: http or https, a host, maybe a port, nothing else (no
 * path, query, fragment or user), written without a trailing slash so paths append to it.
 */
final class PublicUrl {

    private PublicUrl() {}

    /** The address in its one written form, if it is one. */
    static Optional<String> normalize(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.length() > SiteSettings.PUBLIC_URL_MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || !bare
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            boolean defaultPort = uri.getPort() < 0
                    || (scheme.equals("http") && uri.getPort() == 80)
                    || (scheme.equals("https") && uri.getPort() == 443);
            String port = defaultPort ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
