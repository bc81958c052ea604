package org.broadsheet.site.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.service.ArticleCorrections;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.FrontService;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.search.service.SearchHit;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchResults;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.site.ui.AuthorPhoto;
import org.broadsheet.site.ui.CorrectionList;
import org.broadsheet.site.ui.FrontStories;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SearchForm;
import org.broadsheet.site.ui.SearchResultList;
import org.broadsheet.site.ui.SectionFront;
import org.broadsheet.site.ui.SectionHeader;
import org.broadsheet.site.ui.SitePage;
import org.broadsheet.site.ui.Teaser;
import org.broadsheet.site.ui.TeaserList;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/** Pages that list articles: home, section, author, tag and search results. */
@Component
class ListingPages {

    static final int HOME_LATEST = 6;
    static final int HOME_PER_SECTION = 3;

    private final ArticleService articles;
    private final FrontService fronts;
    private final ArticleCorrections corrections;
    private final AuthorService authors;
    private final TagService tags;
    private final SearchService search;
    private final MediaService media;
    private final Clock clock;

    ListingPages(
            ArticleService articles,
            FrontService fronts,
            ArticleCorrections corrections,
            AuthorService authors,
            TagService tags,
            SearchService search,
            MediaService media,
            Clock clock) {
        this.media = media;
        this.articles = articles;
        this.fronts = fronts;
        this.corrections = corrections;
        this.authors = authors;
        this.tags = tags;
        this.search = search;
        this.clock = clock;
    }

    RenderedPage home(PageContext ctx, int page) {
        if (page > 1) {
            Slice<ArticleTeaser> older = requireExisting(
                    articles.latest(PageRequest.of(page - 1, ctx.site().pageSize())), page);
            return rendered(
                    ctx,
                    Set.of(PublicContentChanged.LISTINGS),
                    PageMeta.website(
                            ctx.title("Latest, page " + page), ctx.site().tagline(), ctx.baseUrl() + "/?page=" + page),
                    heading("Latest news, page " + page),
                    new TeaserList(older, "/", ctx.zone()));
        }
        List<ArticleTeaser> latest = fronts.home(HOME_LATEST + 1);
        Set<Long> shown = new HashSet<>();
        latest.forEach(t -> shown.add(t.id()));
        List<com.vaadin.flow.component.Component> content = new ArrayList<>();
        content.add(heading("Latest news"));
        content.add(new FrontStories(latest, ctx.zone()));
        List<SectionSummary> roots = ctx.frame().sections().roots();
        Map<Long, List<ArticleTeaser>> latestOfEach = articles.latestInEachSection(
                roots.stream().map(SectionSummary::id).toList(), HOME_PER_SECTION, shown);
        for (SectionSummary section : roots) {
            List<ArticleTeaser> fresh = latestOfEach.getOrDefault(section.id(), List.of());
            if (!fresh.isEmpty()) {
                content.add(sectionBlock(ctx, section, fresh));
            }
        }
        if (latest.isEmpty()) {
            content.add(new Paragraph("Nothing has been published yet."));
        }
        String title = ctx.site().tagline() == null
                ? ctx.site().siteName()
                : ctx.site().siteName() + " – " + ctx.site().tagline();
        return rendered(
                ctx,
                Set.of(PublicContentChanged.LISTINGS, PublicContentChanged.front(null)),
                PageMeta.website(title, ctx.site().tagline(), ctx.baseUrl() + "/"),
                content.toArray(com.vaadin.flow.component.Component[]::new));
    }

    RenderedPage section(PageContext ctx, SectionSummary section, int page) {
        Slice<ArticleTeaser> teasers = requireExisting(
                articles.latestInSection(
                        section.id(), PageRequest.of(page - 1, ctx.site().pageSize())),
                page);
        Optional<ArticleTeaser> lead = page == 1 ? fronts.sectionLead(section.id()) : Optional.empty();
        String canonical = ctx.baseUrl() + section.url() + (page > 1 ? "?page=" + page : "");
        PageMeta meta = PageMeta.website(ctx.title(section.name()), section.description(), canonical)
                .withHead(List.of(SitePage.feedLink(section.url() + "/feed.xml", section.name())));
        return rendered(
                ctx,
                Set.of(PublicContentChanged.section(section.id()), PublicContentChanged.front(section.id())),
                meta,
                new SectionHeader(ctx.frame().sections(), section),
                new SectionFront(lead.orElse(null), teasers, section.url(), ctx.zone()));
    }

    Optional<RenderedPage> author(PageContext ctx, String slug, int page) {
        return authors.findBySlug(slug).map(author -> {
            Slice<ArticleTeaser> teasers = requireExisting(
                    articles.latestByAuthor(
                            author.id(), PageRequest.of(page - 1, ctx.site().pageSize())),
                    page);
            PageMeta meta = PageMeta.website(ctx.title(author.name()), author.bio(), ctx.baseUrl() + author.url())
                    .withHead(List.of(SitePage.feedLink(author.url() + "/feed.xml", author.name())));
            return rendered(
                    ctx,
                    Set.of(PublicContentChanged.author(author.id())),
                    meta,
                    authorHeader(author),
                    new H2("Articles by " + author.name()),
                    new TeaserList(teasers, author.url(), ctx.zone()));
        });
    }

    Optional<RenderedPage> tag(PageContext ctx, String slug, int page) {
        return tags.findBySlug(slug).map(tag -> {
            Slice<ArticleTeaser> teasers = requireExisting(
                    articles.latestByTag(
                            tag.id(), PageRequest.of(page - 1, ctx.site().pageSize())),
                    page);
            Header header = new Header(new Paragraph("Tag"), new H1(tag.name()));
            header.addClassName("section-header");
            return rendered(
                    ctx,
                    Set.of(PublicContentChanged.tag(tag.id())),
                    PageMeta.website(ctx.title(tag.name()), "Articles tagged " + tag.name(), ctx.baseUrl() + tag.url()),
                    header,
                    new TeaserList(teasers, tag.url(), ctx.zone()));
        });
    }

    RenderedPage corrections(PageContext ctx, int page) {
        Slice<ArticleCorrections.Listed> listed = requireExisting(
                corrections.recent(PageRequest.of(page - 1, ctx.site().pageSize())), page);
        Header header = new Header(
                heading("Corrections"),
                new Paragraph("We correct mistakes openly. Every correction and update we publish on an article is"
                        + " listed here, newest first, and shown at the end of the article itself."));
        header.addClassName("section-header");
        return rendered(
                ctx,
                Set.of(PublicContentChanged.CORRECTIONS, PublicContentChanged.LISTINGS),
                PageMeta.website(
                        ctx.title("Corrections"),
                        "Corrections and updates to articles",
                        ctx.baseUrl() + "/corrections" + (page > 1 ? "?page=" + page : "")),
                header,
                new CorrectionList(listed, "/corrections", ctx.zone()));
    }

    /** Whether a page of search results stays right until the next change evicts it. */
    boolean searchResultsKeepUntilChange() {
        return search.findsChangesOnCommit();
    }

    RenderedPage search(PageContext ctx, SearchRequest request, int page) {
        SectionTree sections = ctx.frame().sections();
        String sectionPath =
                request.section() != null && sections.byPath(request.section()).isPresent() ? request.section() : null;
        SearchQuery query = new SearchQuery(
                request.text(),
                sectionPath,
                request.year(),
                ctx.zone(),
                page,
                ctx.site().pageSize());
        List<com.vaadin.flow.component.Component> content = new ArrayList<>();
        content.add(new H1("Search"));
        content.add(new SearchForm(query.text(), sections, sectionPath, archiveYears(ctx), request.year()));
        if (query.isBlank()) {
            content.add(new Paragraph("Type a word or two from a headline, a name or a place, then press Search."));
        } else {
            SearchResults results = search.searchPublished(query);
            Slice<SearchHit> hits = requireExisting(results.hits(), page);
            long total = results.matchesAtLeast();
            String matches = !results.counted()
                    ? "At least " + total + " articles match"
                    : total == 1 ? "1 article matches" : total + " articles match";
            Paragraph summary = new Paragraph(
                    results.similarWords()
                            ? "Nothing matches “" + query.text() + "” exactly; " + matches + " a word spelt like it."
                            : matches + " “" + query.text() + "”.");
            summary.addClassName("search-summary");
            summary.getElement().setAttribute("role", "status");
            content.add(summary);
            content.add(new SearchResultList(
                    hits,
                    request.url(sectionPath),
                    ctx.zone(),
                    "No published article matches. Try fewer or different words, or any section and year."));
        }
        PageMeta meta = new PageMeta(
                ctx.title(query.isBlank() ? "Search" : "Search: " + query.text()),
                null,
                null,
                "website",
                null,
                List.of(PageMeta.robots("noindex, follow")));
        return new RenderedPage(
                SitePage.render(
                        ctx.frame(), meta, query.text(), content.toArray(com.vaadin.flow.component.Component[]::new)),
                clock.instant(),
                Set.of(PublicContentChanged.LISTINGS));
    }

    /** The years readers may narrow a search to: from the first publication to this year, newest first. */
    private List<Integer> archiveYears(PageContext ctx) {
        int thisYear = clock.instant().atZone(ctx.zone()).getYear();
        int first = articles.firstPublishedAt()
                .map(t -> t.atZone(ctx.zone()).getYear())
                .orElse(thisYear);
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    private Section sectionBlock(PageContext ctx, SectionSummary section, List<ArticleTeaser> teasers) {
        Section block = new Section();
        block.addClassName("section-block");
        H2 heading = new H2(new Anchor(section.url(), section.name()));
        block.add(heading);
        teasers.forEach(t -> block.add(new Teaser(t, ctx.zone(), Teaser.Level.BLOCK)));
        return block;
    }

    private Header authorHeader(AuthorProfile author) {
        Header header = new Header();
        header.addClassName("author-header");
        String photo = author.photoUrl();
        if (photo != null && !photo.isBlank()) {
            Long libraryPicture = MediaView.idIn(photo);
            header.add(new AuthorPhoto(
                    author,
                    libraryPicture == null ? null : media.find(libraryPicture).orElse(null)));
        }
        header.add(new H1(author.name()));
        if (author.bio() != null && !author.bio().isBlank()) {
            Paragraph bio = new Paragraph(author.bio());
            bio.addClassName("bio");
            header.add(bio);
        }
        return header;
    }

    private static H1 heading(String text) {
        H1 heading = new H1(text);
        heading.addClassName("page-heading");
        return heading;
    }

    private RenderedPage rendered(
            PageContext ctx, Set<String> dependsOn, PageMeta meta, com.vaadin.flow.component.Component... content) {
        return new RenderedPage(SitePage.render(ctx.frame(), meta, content), clock.instant(), dependsOn);
    }

    /** Page 1 always exists, even when empty; a page past the end does not. */
    static <S extends Slice<?>> S requireExisting(S page, int number) {
        if (number > 1 && page.isEmpty()) {
            throw new PageNotFound();
        }
        return page;
    }
}
