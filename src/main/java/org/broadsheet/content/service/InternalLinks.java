package org.broadsheet.content.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Links between articles name the target by id ({@code data-article}); the address written beside
 * it is only what it was when linked. Rendering points each such link at the target's current
 * address, and turns it into plain text while the target is not visible to readers.
 */
@Component
class InternalLinks {

    private final ArticleRepository articles;
    private final SectionService sections;

    InternalLinks(ArticleRepository articles, SectionService sections) {
        this.articles = articles;
        this.sections = sections;
    }

    /** Sanitized body HTML with its article links pointed at where those articles are now. */
    String resolve(String sanitizedHtml) {
        if (!sanitizedHtml.contains("data-article")) {
            return sanitizedHtml;
        }
        Document doc = Jsoup.parseBodyFragment(sanitizedHtml);
        List<Element> links = doc.select("a[data-article]");
        List<Long> ids = links.stream()
                .map(a -> Long.parseLong(a.attr("data-article")))
                .distinct()
                .toList();
        Map<Long, String> urls = publicUrls(ids);
        for (Element link : links) {
            String url = urls.get(Long.parseLong(link.attr("data-article")));
            if (url == null) {
                link.unwrap();
            } else {
                link.attr("href", url);
            }
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private Map<Long, String> publicUrls(List<Long> ids) {
        SectionTree tree = sections.tree();
        Map<Long, String> urls = new HashMap<>();
        for (Article article : articles.findAllById(ids)) {
            if (article.isVisibleToReaders()) {
                ArticleViews.urlIn(tree, article).ifPresent(url -> urls.put(article.requireId(), url));
            }
        }
        return urls;
    }
}
