package org.broadsheet.portability.service;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Links from one imported post to another, written as addresses on the old site, become links
 * to the article by id ({@code data-article}), which follow the article wherever it moves later;
 * links anywhere else are left as they are.
 */
final class PostLinks {

    private final @Nullable String oldHost;
    private final Map<String, Long> articleByOldAddress;

    /** {@code articleByOldAddress}: each imported post's old addresses ({@code 2021/03/slug}, {@code ?p=42}). */
    PostLinks(String oldSite, Map<String, Long> articleByOldAddress) {
        this.oldHost = host(oldSite);
        this.articleByOldAddress = articleByOldAddress;
    }

    /** Whether the body links to the old site at all: only those bodies need a second look. */
    boolean linksToOldSite(String body) {
        return oldHost != null && body.contains(oldHost);
    }

    /** The body with its links to imported posts by id, or empty when it has none. */
    Optional<String> rewrite(String body, Function<Long, Optional<String>> addressOf) {
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element link : doc.select("a[href]:not([data-article])")) {
            String href = link.attr("href");
            if (oldHost == null || !oldHost.equals(host(href))) {
                continue;
            }
            Long article = articleByOldAddress.get(WordPressImport.pathOf(href));
            if (article == null) {
                continue;
            }
            Optional<String> address = addressOf.apply(article);
            if (address.isPresent()) {
                link.attr("href", address.get()).attr("data-article", Long.toString(article));
                changed = true;
            }
        }
        return changed ? Optional.of(doc.body().html()) : Optional.empty();
    }

    private static @Nullable String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
