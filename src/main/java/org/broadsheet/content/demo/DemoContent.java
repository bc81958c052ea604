package org.broadsheet.content.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.RandomPasswords;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty database with a small publication (sections three levels deep, authors with
 * and without logins, tags, articles in every status) so a new install has something to show.
 * Runs after the first admin exists; turned off with {@code BROADSHEET_DEMO_CONTENT=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    /** How many of the newest published demo articles get a drawn picture. */
    static final int PICTURED = 8;
    /** Of those, the newest few also show a second picture inside their text. */
    static final int BODY_FIGURES = 3;

    private final BroadsheetProperties properties;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final UserAccountService accounts;
    private final ArticleEditor editor;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final DemoPictures pictures;
    private final Clock clock;

    DemoContent(
            BroadsheetProperties properties,
            SectionService sections,
            TagService tags,
            AuthorService authors,
            UserAccountService accounts,
            ArticleEditor editor,
            JsonMapper json,
            TransactionTemplate transactions,
            DemoPictures pictures,
            Clock clock) {
        this.properties = properties;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.accounts = accounts;
        this.editor = editor;
        this.json = json;
        this.transactions = transactions;
        this.pictures = pictures;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoContent()) {
            fillIfEmpty();
        }
    }

    /**
     * Fills an empty site in one transaction: a crash or a failure half-way leaves nothing, and
     * the next start fills it again. The demo accounts' passwords are logged once it is all saved.
     */
    void fillIfEmpty() {
        if (sections.tree().size() > 0) {
            return;
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        SystemActor.run(() -> transactions.executeWithoutResult(status -> load(passwords)));
        StringBuilder lines = new StringBuilder();
        passwords.forEach((user, password) ->
                lines.append("\n    ").append(user).append(": ").append(password));
        log.warn("Demo accounts created; their passwords are shown only this once:{}", lines);
    }

    private void load(Map<String, String> passwords) {
        read("demo/sections.json", new TypeReference<List<DemoData.Section>>() {})
                .forEach(section -> createSection(section, null));
        Map<String, Long> authorIds = createAuthors(read("demo/authors.json", new TypeReference<>() {}), passwords);
        List<DemoData.Article> demoArticles = read("demo/articles.json", new TypeReference<>() {});
        Map<String, DemoData.Article> byPath = new HashMap<>();
        demoArticles.forEach(a -> byPath.put(a.path(), a));
        Map<String, Long> tagIds = new HashMap<>();
        List<String> pictured = properties.demoPictures() ? newestPublished(demoArticles) : List.of();
        List<String> withBodyFigure = pictured.subList(0, Math.min(BODY_FIGURES, pictured.size()));
        for (DemoData.Article article : demoArticles) {
            createArticle(
                    article,
                    byPath,
                    authorIds,
                    tagIds,
                    pictured.contains(article.path()),
                    withBodyFigure.contains(article.path()));
        }
        log.info(
                "Demo content: {} sections, {} authors, {} tags, {} articles",
                sections.tree().size(),
                authorIds.size(),
                tagIds.size(),
                demoArticles.size());
    }

    /** The articles the home page leads with: a picture each is what a newcomer should see. */
    private static List<String> newestPublished(List<DemoData.Article> articles) {
        return articles.stream()
                .filter(a -> a.status() == ArticleStatus.PUBLISHED && a.daysAgo() != null)
                .sorted(java.util.Comparator.comparing(DemoData.Article::daysAgo))
                .limit(PICTURED)
                .map(DemoData.Article::path)
                .toList();
    }

    private void createSection(DemoData.Section section, @Nullable Long parentId) {
        SectionSummary created = sections.create(section.name(), section.slug(), parentId, section.description());
        if (section.children() != null) {
            section.children().forEach(child -> createSection(child, created.id()));
        }
    }

    private Map<String, Long> createAuthors(List<DemoData.Author> demoAuthors, Map<String, String> passwords) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoData.Author author : demoAuthors) {
            if (author.username() != null && author.role() != null) {
                String password = RandomPasswords.generateFor(author.username());
                accounts.create(new NewAccount(
                        author.username(),
                        author.name(),
                        author.username() + "@example.org",
                        password,
                        EnumSet.of(Role.valueOf(author.role()))));
                passwords.put(author.username() + " (" + author.role() + ")", password);
            }
            Byline byline = authors.create(author.name(), author.bio(), author.username());
            ids.put(byline.slug(), byline.id());
        }
        return ids;
    }

    private void createArticle(
            DemoData.Article article,
            Map<String, DemoData.Article> byPath,
            Map<String, Long> authorIds,
            Map<String, Long> tagIds,
            boolean withPicture,
            boolean withBodyFigure) {
        SectionSummary section = sections.tree()
                .byPath(article.section())
                .orElseThrow(() -> new IllegalStateException("Demo article in unknown section " + article.section()));
        DemoData.Article linked = article.linkTo() == null ? null : byPath.get(article.linkTo());
        String body = DemoArticleBody.html(
                article, linked == null ? null : "/" + linked.path(), linked == null ? null : linked.title());
        if (withBodyFigure) {
            body = DemoArticleBody.withFigure(body, pictures.bodyFigure(article.slug()));
        }
        Set<Long> articleTags = new HashSet<>();
        for (String tag : article.tags()) {
            articleTags.add(tagIds.computeIfAbsent(
                    tag, slug -> tags.findOrCreate(tagName(slug)).id()));
        }
        Instant now = clock.instant();
        Instant published = article.daysAgo() == null
                ? null
                : now.minus(Duration.ofDays(article.daysAgo()))
                        .minus(Duration.ofMinutes(37L * article.title().length()));
        Instant scheduled = article.status() == ArticleStatus.SCHEDULED && article.daysAhead() != null
                ? now.plus(Duration.ofDays(article.daysAhead()))
                : null;
        ArticleDraft draft = new ArticleDraft(
                article.title(),
                article.slug(),
                article.standfirst(),
                body,
                section.id(),
                article.authors().stream().map(authorIds::get).toList(),
                articleTags,
                null,
                null,
                List.of(),
                withPicture ? pictures.forArticle(article.slug()) : null,
                Set.of());
        EditableArticle created = switch (article.status()) {
            case DRAFT -> editor.create(draft, Workflow.SAVE, null);
            case IN_REVIEW -> editor.create(draft, Workflow.SUBMIT, null);
            case SCHEDULED -> editor.create(draft, Workflow.SCHEDULE, scheduled);
            case PUBLISHED, ARCHIVED -> editor.create(draft, Workflow.PUBLISH, published);
        };
        if (article.status() == ArticleStatus.ARCHIVED) {
            editor.save(created.id(), created.version(), created.draft(), Workflow.ARCHIVE, null);
        }
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static String tagName(String slug) {
        String words = slug.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
