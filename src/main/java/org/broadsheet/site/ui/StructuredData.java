package org.broadsheet.site.ui;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.content.service.PublishedArticle;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionSummary;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD for search engines: the article as a NewsArticle, its sections as a BreadcrumbList. */
public final class StructuredData {

    /**
     * Keys in one order: {@code Map.of} iterates in an order each JVM picks at start, and the same
     * page must be the same bytes (and ETag) on every node and after every restart.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private StructuredData() {}

    public static Element newsArticle(PublishedArticle article, String baseUrl, String siteName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        if (article.standfirst() != null) {
            data.put("description", article.standfirst());
        }
        data.put("datePublished", article.publishedAt().toString());
        data.put("dateModified", article.updatedAt().toString());
        data.put("mainEntityOfPage", baseUrl + article.url());
        data.put("articleSection", article.section().name());
        String image = article.imageUrl();
        if (image != null) {
            data.put("image", List.of(SitePage.absolute(baseUrl, image)));
        }
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Byline byline : article.bylines()) {
            authors.add(Map.of("@type", "Person", "name", byline.name(), "url", baseUrl + byline.url()));
        }
        data.put("author", authors);
        data.put("publisher", Map.of("@type", "Organization", "name", siteName));
        if (!article.corrections().isEmpty()) {
            data.put(
                    "correction",
                    article.corrections().stream()
                            .map(c -> Map.of(
                                    "@type",
                                    "CorrectionComment",
                                    "text",
                                    c.kind().label() + ": " + c.text(),
                                    "datePublished",
                                    c.at().toString()))
                            .toList());
        }
        return script(data);
    }

    public static Element breadcrumbs(List<SectionSummary> trail, String baseUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            items.add(Map.of(
                    "@type",
                    "ListItem",
                    "position",
                    i + 1,
                    "name",
                    trail.get(i).name(),
                    "item",
                    baseUrl + trail.get(i).url()));
        }
        return script(Map.of("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items));
    }

    /** "<" is escaped inside the JSON so that no text can close the script element early. */
    private static Element script(Map<String, Object> data) {
        String json = JSON.writeValueAsString(data).replace("<", "\\u003c");
        return new Element("script").setAttribute("type", "application/ld+json").setText(json);
    }
}
