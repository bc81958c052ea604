package org.broadsheet.portability.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleLimits;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.OldAddresses;
import org.broadsheet.content.service.StaticPageService;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.portability.domain.ImportedItem;
import org.broadsheet.portability.domain.ImportedItemRepository;
import org.broadsheet.portability.wordpress.WordPressBody;
import org.broadsheet.portability.wordpress.WordPressUploads;
import org.broadsheet.portability.wordpress.WxrContents;
import org.broadsheet.portability.wordpress.WxrHandler;
import org.broadsheet.portability.wordpress.WxrItem;
import org.broadsheet.portability.wordpress.WxrReader;
import org.broadsheet.search.service.BulkIndexing;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagService;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a WordPress site in from its export: categories become sections (hierarchy and slugs
 * kept), its people byline profiles, its posts articles with their status, dates, tags and
 * authors, and every old address of a post (its permalink, {@code ?p=ID}) and of a category
 * answers with one 301 to the new one. Each post is written whole or not at all; importing the
 * same file again updates what the first import made instead of making it twice.
 */
@Service
public class WordPressImport {

    static final String ARTICLE = "article";
    static final String SECTION = "section";
    static final String PAGE = "page";
    static final String UNCATEGORIZED = "Uncategorized";
    static final String UNCATEGORIZED_SLUG = "uncategorized";

    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final ArticleEditor editor;
    private final ArticleService articles;
    private final OldAddresses oldAddresses;
    private final BulkIndexing indexing;
    private final StaticPageService pages;
    private final ImportedItemRepository imported;
    private final WordPressPictures pictures;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final JobMetrics jobs;

    WordPressImport(
            SectionService sections,
            TagService tags,
            AuthorService authors,
            ArticleEditor editor,
            ArticleService articles,
            OldAddresses oldAddresses,
            BulkIndexing indexing,
            StaticPageService pages,
            ImportedItemRepository imported,
            WordPressPictures pictures,
            TransactionTemplate transactions,
            AuditLog audit,
            Clock clock,
            JobMetrics jobs) {
        this.jobs = jobs;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.editor = editor;
        this.articles = articles;
        this.oldAddresses = oldAddresses;
        this.indexing = indexing;
        this.pages = pages;
        this.imported = imported;
        this.pictures = pictures;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where the export is read from: opened once for each pass over it. */
    @FunctionalInterface
    public interface WxrSource {
        InputStream open() throws IOException;
    }

    /**
     * Imports the export, or with {@code dryRun} only reads it and reports what would happen.
     *
     * @throws DomainException.ValidationFailed when the file is not a readable WordPress export;
     *     nothing has been written then
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport run(InputStream wxr, boolean dryRun, ImportProgress progress) {
        return run(() -> wxr, ImportOptions.dryRun(dryRun), progress);
    }

    /**
     * Imports the export with its pictures when {@code options} name the uploads: a first pass
     * brings the attachments' files into the library, the second the posts that show them.
     *
     * @throws DomainException.ValidationFailed when the file is not a readable WordPress export;
     *     nothing has been written then
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport run(WxrSource wxr, ImportOptions options, ImportProgress progress) {
        return jobs.runImport(progress, watched -> runWatched(wxr, options, watched));
    }

    private ImportReport runWatched(WxrSource wxr, ImportOptions options, ImportProgress progress) {
        ImportReport report = new ImportReport(options.dryRun());
        ImportedPictures found = ImportedPictures.NONE;
        try {
            if (options.uploads() != null) {
                try (WordPressUploads uploads = WordPressUploads.of(options.uploads());
                        InputStream in = wxr.open()) {
                    found = pictures.bringIn(in, uploads, options, report, progress);
                }
            }
            if (!report.cancelled()) {
                try (InputStream in = wxr.open()) {
                    posts(in, found, report, progress);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be read", e);
        }
        return report;
    }

    private void posts(InputStream wxr, ImportedPictures found, ImportReport report, ImportProgress progress) {
        Run run = new Run(report, progress, found);
        try {
            new WxrReader().read(wxr, run);
        } catch (Cancelled e) {
            report.cancel();
        }
        run.termsBeforeItems();
        if (!report.dryRun() && !report.cancelled()) {
            run.attachmentPagesLeadToTheirPosts();
            run.linksBetweenPosts();
        }
        audit.record(
                report.dryRun() ? "import.wordpress.dry-run" : "import.wordpress",
                "site:" + run.source,
                report.counts().toString());
    }

    /** Stops reading the file when the admin cancels. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** One import: what the file said so far, and what has been made of it. */
    private final class Run implements WxrHandler {

        private final ImportReport report;
        private final ImportProgress progress;
        private String source = "";
        private final List<WxrContents.Category> categories = new ArrayList<>();
        private final Map<String, String> authorNames = new LinkedHashMap<>();
        private final Map<String, String> tagNames = new HashMap<>();
        private final Map<String, Long> sectionBySlug = new HashMap<>();
        private final Map<String, Long> authorByLogin = new HashMap<>();
        /** Each imported post's old addresses, for links between posts once all of them are in. */
        private final Map<String, Long> articleByOldAddress = new HashMap<>();

        /** The tags whose WordPress address ({@code /tag/x/}) already leads to their page. */
        private final Set<String> tagAddressesKept = new HashSet<>();

        private @Nullable PostLinks postLinks;

        /** Articles whose text links to the old site: looked at again at the end. */
        private final List<Long> linkingToOldSite = new ArrayList<>();

        /** Attachments, whose pages lead to the post they belong to once that post is in: small, kept to the end. */
        private final List<WxrItem> attachmentPages = new ArrayList<>();

        private boolean termsMade;
        private int itemsRead;

        private final ImportedPictures found;

        Run(ImportReport report, ImportProgress progress, ImportedPictures found) {
            this.report = report;
            this.progress = progress;
            this.found = found;
        }

        @Override
        public void site(WxrContents.Site site) {
            source = site.link().isBlank() ? site.title() : site.link();
        }

        @Override
        public void author(WxrContents.Author author) {
            authorNames.put(author.login(), author.displayName().isBlank() ? author.login() : author.displayName());
        }

        @Override
        public void category(WxrContents.Category category) {
            categories.add(category);
        }

        @Override
        public void tag(WxrContents.Tag tag) {
            tagNames.put(tag.slug(), tag.name());
        }

        @Override
        public void item(WxrItem item) {
            if (progress.cancelled()) {
                throw new Cancelled();
            }
            progress.item(++itemsRead, item.title());
            termsBeforeItems();
            switch (item.type()) {
                case "post" -> post(item);
                case "page" -> page(item);
                case "attachment" -> {
                    if (found == ImportedPictures.NONE) {
                        report.count("pictures not imported (no uploads folder given)");
                    }
                    attachmentPages.add(item);
                }
                case "nav_menu_item" -> report.count("menu items not imported");
                default -> report.count(item.type() + " items not imported");
            }
            if (item.comments() > 0) {
                report.note(label(item), item.comments() + " comment(s) not imported");
            }
        }

        /**
         * An attachment's page ({@code /2021/03/a-post/photo/}, {@code /?attachment_id=51}) answers
         * with a 301 to the article of the post it belongs to; WordPress lists them in any order.
         */
        void attachmentPagesLeadToTheirPosts() {
            for (WxrItem attachment : attachmentPages) {
                imported.findBySourceAndKindAndSourceKey(source, ARTICLE, Long.toString(attachment.parentId()))
                        .ifPresent(post -> {
                            try {
                                transactions.executeWithoutResult(status -> {
                                    for (String address : oldAddressesOf(attachment, "attachment_id")) {
                                        oldAddresses.keepForArticle(address, post.getTargetId());
                                    }
                                });
                                report.count("attachment pages leading to their post");
                            } catch (DomainException e) {
                                report.failed(label(attachment), e.getMessage());
                            }
                        });
            }
        }

        /** WordPress lists a category's children anywhere among the terms: sections are made parents first. */
        void termsBeforeItems() {
            if (termsMade) {
                return;
            }
            termsMade = true;
            List<WxrContents.Category> waiting = new ArrayList<>(categories);
            Map<String, WxrContents.Category> bySlug = new HashMap<>();
            categories.forEach(c -> bySlug.put(c.slug(), c));
            boolean progressed = true;
            while (!waiting.isEmpty() && progressed) {
                progressed = waiting.removeIf(category -> {
                    boolean parentReady = category.parentSlug().isEmpty()
                            || !bySlug.containsKey(category.parentSlug())
                            || sectionBySlug.containsKey(category.parentSlug());
                    if (parentReady) {
                        section(category, bySlug);
                    }
                    return parentReady;
                });
            }
            waiting.forEach(loop -> report.failed(loop.name(), "its parent categories form a loop"));
            authorNames.forEach((login, name) -> author(login, name));
        }

        private void section(WxrContents.Category category, Map<String, WxrContents.Category> bySlug) {
            String slug = Slugs.slugify(decoded(category.slug()));
            Long parentId = category.parentSlug().isEmpty() ? null : sectionBySlug.get(category.parentSlug());
            String parentPath = parentId == null
                    ? ""
                    : sections.tree().byId(parentId).map(s -> s.path() + "/").orElse("");
            Optional<SectionSummary> existing = sections.tree().byPath(parentPath + slug);
            if (existing.isPresent()) {
                sectionBySlug.put(category.slug(), existing.get().id());
                report.count("sections already there");
                return;
            }
            if (report.dryRun()) {
                sectionBySlug.put(category.slug(), -1L);
                report.count("sections to create");
                return;
            }
            try {
                SectionSummary made = sections.create(
                        category.name().isBlank() ? slug : category.name(), slug, parentId, category.description());
                sectionBySlug.put(category.slug(), made.id());
                oldAddresses.keepForSection("category/" + wordPressPath(category, bySlug), made.id());
                report.count("sections created");
            } catch (DomainException e) {
                report.failed("category " + category.name(), e.getMessage());
            }
        }

        private void author(String login, String name) {
            String slug = Slugs.slugify(name);
            Optional<Long> existing = authors.findBySlug(slug).map(a -> a.id());
            if (existing.isPresent()) {
                authorByLogin.put(login, existing.get());
                report.count("authors already there");
            } else if (report.dryRun()) {
                report.count("authors to create");
                return;
            } else {
                try {
                    authorByLogin.put(
                            login, authors.createProfile(name, null, null).id());
                    report.count("authors created");
                } catch (DomainException e) {
                    report.failed("author " + name, e.getMessage());
                    return;
                }
            }
            // WordPress lists an author's posts at /author/{nicename}/, which is the login made a slug
            String nicename = Slugs.slugify(login);
            if (!report.dryRun() && !nicename.isEmpty()) {
                oldAddresses.keepForAuthor("author/" + nicename, authorByLogin.get(login));
            }
        }

        private void post(WxrItem item) {
            Workflow step = switch (item.status()) {
                case "publish" -> Workflow.PUBLISH;
                case "future" -> Workflow.SCHEDULE;
                case "pending" -> Workflow.SUBMIT;
                case "draft", "private" -> Workflow.SAVE;
                default -> null;
            };
            if (step == null) {
                report.count("posts skipped (" + (item.status().isEmpty() ? "no status" : item.status()) + ")");
                return;
            }
            String body = body(item);
            Long sectionId = filedUnder(item);
            if (sectionId == null) {
                report.failed(label(item), "there is no section \"" + UNCATEGORIZED + "\" to put it in");
                return;
            }
            if (item.categories().size() > 1) {
                report.note(
                        label(item),
                        "filed under " + item.categories().size()
                                + " categories: an article lives in one section, the first category's");
            }
            if (item.sticky()) {
                report.note(
                        label(item), "was sticky on the old front page; here the front page shows the newest first");
            }
            if (report.dryRun()) {
                report.count("articles to import");
                return;
            }
            try {
                transactions.executeWithoutResult(status -> {
                    indexing.withoutWaitingForDisk();
                    write(item, step, sectionId, body);
                });
            } catch (DomainException e) {
                report.failed(label(item), e.getMessage());
            }
        }

        /** The post's content in Broadsheet's body subset, its images pointing at the library. */
        private String body(WxrItem item) {
            WordPressBody.Converted body =
                    WordPressBody.convert(found.galleries(item), item.meta().getOrDefault("footnotes", ""));
            body.dropped().forEach(what -> report.note(label(item), what));
            return found.relink(body.html(), what -> report.note(label(item), what));
        }

        /** The first of the post's categories the file describes, else WordPress's default. */
        private @Nullable Long filedUnder(WxrItem item) {
            for (String category : item.categories()) {
                Long id = sectionBySlug.get(category);
                if (id != null) {
                    return id;
                }
            }
            // WordPress files such a post under its default category, and so does the import
            report.note(label(item), "filed under no category: it goes to \"" + UNCATEGORIZED + "\"");
            return uncategorized();
        }

        /** The section for posts without a category: WordPress's default, made when first needed. */
        private @Nullable Long uncategorized() {
            Long known = sectionBySlug.get(UNCATEGORIZED_SLUG);
            if (known != null) {
                return known;
            }
            Optional<SectionSummary> existing = sections.tree().byPath(UNCATEGORIZED_SLUG);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
            } else if (report.dryRun()) {
                id = -1L;
            } else {
                try {
                    id = sections.create(UNCATEGORIZED, UNCATEGORIZED_SLUG, null, null)
                            .id();
                    report.count("sections created");
                } catch (DomainException e) {
                    return null;
                }
            }
            sectionBySlug.put(UNCATEGORIZED_SLUG, id);
            return id;
        }

        /** A published page becomes a static page at {@code /page/{slug}}; its old addresses lead there. */
        private void page(WxrItem item) {
            if (!item.status().equals("publish")) {
                report.count("pages skipped (" + (item.status().isEmpty() ? "no status" : item.status()) + ")");
                return;
            }
            String body = body(item);
            if (report.dryRun()) {
                report.count("pages to import");
                return;
            }
            try {
                transactions.executeWithoutResult(status -> writePage(item, body));
            } catch (DomainException e) {
                report.failed(label(item), e.getMessage());
            }
        }

        private void writePage(WxrItem item, String body) {
            String key = Long.toString(item.postId());
            Optional<ImportedItem> before = imported.findBySourceAndKindAndSourceKey(source, PAGE, key);
            String title = title(item);
            String slug = before.map(b -> pages.slugOf(b.getTargetId())).orElseGet(() -> freePageSlug(item, title));
            long id = pages.keep(slug, title, body);
            if (before.isPresent()) {
                before.get().setImportedAt(clock.instant());
                report.count("pages updated");
                return;
            }
            imported.save(new ImportedItem(source, PAGE, key, id, clock.instant()));
            for (String address : oldAddressesOf(item, "page_id")) {
                oldAddresses.keepForStaticPage(address, id);
            }
            report.count("pages created");
        }

        /** The page's own slug, unless a page already has it (About comes with Broadsheet). */
        private String freePageSlug(WxrItem item, String title) {
            String slug = slug(item, title);
            return pages.find(slug).isPresent() ? slug + "-" + item.postId() : slug;
        }

        /** The item's title, or words saying it had none, within the title limit. */
        private String title(WxrItem item) {
            String title = item.title().isBlank()
                    ? "Untitled (WordPress " + item.type() + " " + item.postId() + ")"
                    : item.title();
            if (title.length() > ArticleLimits.TITLE_MAX_LENGTH) {
                report.note(label(item), "title shortened to " + ArticleLimits.TITLE_MAX_LENGTH + " characters");
            }
            return shortened(title, ArticleLimits.TITLE_MAX_LENGTH);
        }

        private void write(WxrItem item, Workflow step, long sectionId, String body) {
            ArticleDraft draft = draft(item, sectionId, body);
            Optional<ImportedItem> before =
                    imported.findBySourceAndKindAndSourceKey(source, ARTICLE, Long.toString(item.postId()));
            if (before.isPresent()) {
                EditableArticle current = editor.open(before.get().getTargetId());
                remember(item, current.id(), body);
                editor.save(
                        current.id(),
                        current.version(),
                        draft.withText(draft.title(), current.draft().slug(), draft.standfirst(), draft.body()),
                        Workflow.SAVE,
                        null);
                before.get().setImportedAt(clock.instant());
                report.count("articles updated");
                return;
            }
            EditableArticle made;
            try {
                made = editor.create(draft, step, item.postDate());
            } catch (DomainException.ValidationFailed e) {
                if (!e.field().equals("slug")) {
                    throw e;
                }
                // another post already has the slug in this section
                made = editor.create(
                        draft.withText(
                                draft.title(), draft.slug() + "-" + item.postId(), draft.standfirst(), draft.body()),
                        step,
                        item.postDate());
            }
            imported.save(new ImportedItem(source, ARTICLE, Long.toString(item.postId()), made.id(), clock.instant()));
            for (String address : oldAddressesOf(item, "p")) {
                oldAddresses.keepForArticle(address, made.id());
            }
            remember(item, made.id(), body);
            report.count("articles created");
        }

        private void remember(WxrItem item, long articleId, String body) {
            oldAddressesOf(item, "p").forEach(address -> articleByOldAddress.put(address, articleId));
            if (body.contains("href=\"http") && postLinks().linksToOldSite(body)) {
                linkingToOldSite.add(articleId);
            }
        }

        /** Made once the file has named its site; reads the old addresses as they are gathered. */
        private PostLinks postLinks() {
            if (postLinks == null) {
                postLinks = new PostLinks(source, articleByOldAddress);
            }
            return postLinks;
        }

        /** Links from one imported post to another now name the article, and follow it if it moves. */
        void linksBetweenPosts() {
            PostLinks links = postLinks();
            for (long id : linkingToOldSite) {
                try {
                    transactions.executeWithoutResult(status -> {
                        indexing.withoutWaitingForDisk();
                        EditableArticle current = editor.open(id);
                        ArticleDraft draft = current.draft();
                        links.rewrite(draft.body(), articles::addressOf).ifPresent(body -> {
                            editor.save(
                                    id,
                                    current.version(),
                                    draft.withText(draft.title(), draft.slug(), draft.standfirst(), body),
                                    Workflow.SAVE,
                                    null);
                            report.count("articles whose links to other posts now follow them");
                        });
                    });
                } catch (DomainException e) {
                    report.failed("article " + id, "its links to other posts stay as they were: " + e.getMessage());
                }
            }
        }

        private ArticleDraft draft(WxrItem item, long sectionId, String body) {
            String title = title(item);
            String slug = slug(item, title);
            String standfirst =
                    shortened(Jsoup.parse(item.excerpt()).text().strip(), ArticleLimits.STANDFIRST_MAX_LENGTH);
            Set<Long> tagIds = new HashSet<>();
            for (String tag : item.tags()) {
                long id = tags.findOrCreate(tagNames.getOrDefault(tag, tag)).id();
                tagIds.add(id);
                if (tagAddressesKept.add(tag)) {
                    oldAddresses.keepForTag("tag/" + tag, id);
                }
            }
            Long author = authorByLogin.get(item.creator());
            return new ArticleDraft(
                    title,
                    slug,
                    standfirst.isEmpty() ? null : standfirst,
                    body,
                    sectionId,
                    author == null ? List.of() : List.of(author),
                    tagIds,
                    null,
                    null,
                    List.of(),
                    found.featured(item),
                    Set.of());
        }
    }

    /** The item's permalink path on the old site and its number addresses ({@code ?p=}, and {@code ?page_id=} for pages). */
    static List<String> oldAddressesOf(WxrItem item, String numberParameter) {
        List<String> addresses = new ArrayList<>();
        String path = pathOf(item.link());
        if (!path.isEmpty() && !path.startsWith("?")) {
            addresses.add(path);
        }
        addresses.add("?p=" + item.postId());
        if (!numberParameter.equals("p")) {
            addresses.add("?" + numberParameter + "=" + item.postId());
        }
        return addresses;
    }

    /** A URL's path without its slashes at either end, or its query when the path is empty. */
    static String pathOf(String link) {
        try {
            URI uri = URI.create(link.strip());
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("^/+|/+$", "");
            if (path.isEmpty() && uri.getRawQuery() != null) {
                return "?" + uri.getRawQuery();
            }
            return path;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The item's own slug, else one made from its title, else its type and number. */
    private static String slug(WxrItem item, String title) {
        String slug = Slugs.slugify(decoded(item.slug()));
        if (slug.isEmpty()) {
            slug = Slugs.slugify(title);
        }
        return slug.isEmpty() ? item.type() + "-" + item.postId() : slug;
    }

    /** At most {@code max} characters, an ellipsis marking a cut. */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String wordPressPath(WxrContents.Category category, Map<String, WxrContents.Category> bySlug) {
        List<String> slugs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WxrContents.Category at = category; at != null && seen.add(at.slug()); at = bySlug.get(at.parentSlug())) {
            slugs.addFirst(at.slug());
        }
        return String.join("/", slugs);
    }

    private static String decoded(String slug) {
        try {
            return URLDecoder.decode(slug, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    private static String label(WxrItem item) {
        return "\"" + (item.title().isBlank() ? "post " + item.postId() : item.title()) + "\"";
    }
}
