package org.broadsheet.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleIndexFields;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds to an article's index document what other features own: the names and paths of its
 * section and the section's ancestors (so a filter on "Americas" finds La Paz), its tags' and
 * authors' names, and whether it is in the trash. Renames elsewhere do not touch the article
 * row, so {@code ArticleIndexFollower} reindexes the articles concerned.
 *
 * <p>A Spring bean so that Hibernate Search, asking Spring for it, gets one with the services.
 */
@Component
public class ArticleContextBinder implements TypeBinder {

    // Providers, not services: the binder is made while the persistence unit the services need is starting.
    private final ObjectProvider<SectionService> sections;
    private final ObjectProvider<TagService> tags;
    private final ObjectProvider<AuthorService> authors;

    public ArticleContextBinder(
            ObjectProvider<SectionService> sections,
            ObjectProvider<TagService> tags,
            ObjectProvider<AuthorService> authors) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("sectionId")
                .use("tagListings")
                .use("bylineListings")
                .use("deletedAt");
        var fields = context.indexSchemaElement();
        var english = context.typeFactory()
                .asString()
                .analyzer(ArticleIndexFields.ANALYZER)
                .projectable(Projectable.NO);
        context.bridge(
                Article.class,
                new Bridge(
                        fields.field(ArticleIndexFields.SECTION_PATHS, f -> f.asString())
                                .multiValued()
                                .toReference(),
                        fields.field(ArticleIndexFields.SECTION_NAMES, english)
                                .multiValued()
                                .toReference(),
                        fields.field(ArticleIndexFields.TAG_NAMES, english)
                                .multiValued()
                                .toReference(),
                        fields.field(ArticleIndexFields.AUTHOR_NAMES, english)
                                .multiValued()
                                .toReference(),
                        fields.field(ArticleIndexFields.IN_TRASH, f -> f.asBoolean())
                                .toReference(),
                        new IdFields(
                                fields.field(ArticleIndexFields.ARTICLE_ID, f -> f.asLong())
                                        .toReference(),
                                fields.field(ArticleIndexFields.SECTION_IDS, f -> f.asLong())
                                        .multiValued()
                                        .toReference(),
                                fields.field(ArticleIndexFields.AUTHOR_IDS, f -> f.asLong())
                                        .multiValued()
                                        .toReference(),
                                fields.field(ArticleIndexFields.TAG_IDS, f -> f.asLong())
                                        .multiValued()
                                        .toReference(),
                                fields.field(ArticleIndexFields.SCHEMA_VERSION, f -> f.asInteger())
                                        .toReference())));
    }

    private record IdFields(
            IndexFieldReference<Long> articleId,
            IndexFieldReference<Long> sectionIds,
            IndexFieldReference<Long> authorIds,
            IndexFieldReference<Long> tagIds,
            IndexFieldReference<Integer> schemaVersion) {}

    private final class Bridge implements TypeBridge<Article> {

        private final IndexFieldReference<String> sectionPaths;
        private final IndexFieldReference<String> sectionNames;
        private final IndexFieldReference<String> tagNames;
        private final IndexFieldReference<String> authorNames;
        private final IndexFieldReference<Boolean> inTrash;
        private final IdFields ids;

        private Bridge(
                IndexFieldReference<String> sectionPaths,
                IndexFieldReference<String> sectionNames,
                IndexFieldReference<String> tagNames,
                IndexFieldReference<String> authorNames,
                IndexFieldReference<Boolean> inTrash,
                IdFields ids) {
            this.ids = ids;
            this.sectionPaths = sectionPaths;
            this.sectionNames = sectionNames;
            this.tagNames = tagNames;
            this.authorNames = authorNames;
            this.inTrash = inTrash;
        }

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            Instant deleted = article.getDeletedAt();
            target.addValue(inTrash, deleted != null);
            target.addValue(ids.schemaVersion(), ArticleIndexFields.CURRENT_SCHEMA_VERSION);
            target.addValue(ids.articleId(), article.requireId());
            article.getAuthorIds().forEach(id -> target.addValue(ids.authorIds(), id));
            article.getTagIds().forEach(id -> target.addValue(ids.tagIds(), id));
            // Indexing runs on whatever thread commits or mass-indexes, logged in or not.
            SystemActor.run(() -> {
                SectionTree tree = sections.getObject().tree();
                for (SectionSummary s : tree.trail(article.getSectionId())) {
                    target.addValue(sectionPaths, s.path());
                    target.addValue(ids.sectionIds(), s.id());
                    target.addValue(sectionNames, s.name());
                }
                Set<Long> tagIds = article.getTagIds();
                if (!tagIds.isEmpty()) {
                    tags.getObject().byIds(tagIds).stream()
                            .map(TagSummary::name)
                            .forEach(name -> target.addValue(tagNames, name));
                }
                List<Long> authorIds = new ArrayList<>(article.getAuthorIds());
                if (!authorIds.isEmpty()) {
                    authors.getObject().bylines(authorIds).stream()
                            .map(Byline::name)
                            .forEach(name -> target.addValue(authorNames, name));
                }
            });
        }
    }
}
