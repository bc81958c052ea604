package org.broadsheet.search;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Drafts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Sections and published articles for a search test, and what a reader's search finds among them. */
final class SearchFixtures {

    private final ArticleEditor editor;
    private final SectionService sections;
    private final SearchService search;

    private SearchFixtures(ArticleEditor editor, SectionService sections, SearchService search) {
        this.editor = editor;
        this.sections = sections;
        this.search = search;
    }

    static SearchFixtures in(ApplicationContext context) {
        return new SearchFixtures(
                context.getBean(ArticleEditor.class),
                context.getBean(SectionService.class),
                context.getBean(SearchService.class));
    }

    long section(String name, String slug) {
        return SystemActor.call(() -> sections.create(name, slug, null, null)).id();
    }

    long published(String title, @Nullable String standfirst, String body, long section) {
        return SystemActor.call(() -> editor.create(
                        Drafts.of(
                                title,
                                title.toLowerCase().replace(' ', '-') + "-" + System.nanoTime(),
                                standfirst,
                                body,
                                section,
                                List.of(),
                                Set.of()),
                        Workflow.PUBLISH,
                        null)
                .id());
    }

    /** The ids of the first page of results, in their order. */
    List<Long> readerFinds(String typed) {
        return search.searchPublished(SearchQuery.of(typed, ZoneOffset.UTC, 1, 10)).hits().stream()
                .map(hit -> hit.article().id())
                .toList();
    }
}
