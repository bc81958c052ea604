package org.broadsheet.content.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
        List<Long> ids = links.stream().map(a -> Long.parseLong(a.attr("data-article"))).distinct().toList();
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

    /** Where a linked article is now, published or not: what the desk's link dialog writes. */
    Optional<String> currentUrl(long id) {
        SectionTree tree = sections.tree();
        return articles.findById(id).filter(a -> a.getDeletedAt() == null)
                .flatMap(a -> tree.byId(a.getSectionId()).map(section -> ArticleViews.url(section, a)));
    }

    private Map<Long, String> publicUrls(List<Long> ids) {
        SectionTree tree = sections.tree();
        return articles.findAllById(ids).stream().filter(Article::isVisibleToReaders)
                .filter(a -> tree.byId(a.getSectionId()).isPresent())
                .collect(Collectors.toMap(Article::requireId,
                        a -> ArticleViews.url(tree.byId(a.getSectionId()).orElseThrow(), a)));
    }
}
