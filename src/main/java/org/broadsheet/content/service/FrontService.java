package org.broadsheet.content.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.KeptUntilChanged;
import org.broadsheet.base.LikePattern;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.FrontPick;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.Front;
import org.broadsheet.content.domain.FrontRepository;
import org.broadsheet.content.domain.ListedArticle;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fronts the editors curate: which stories lead the home page (a lead and four featured) and
 * each section's page (its lead), with a headline and picture for the front only, published now or
 * at a set time. Places nobody filled, and stories since unpublished, give way to the latest
 * articles, so a front is never empty. A change evicts exactly the pages that show that front.
 */
@Service
public class FrontService {

    /** Places the editors fill on the home page: the lead and four featured. */
    public static final int HOME_PLACES = 5;
    /** Places on a section's front: its lead. */
    public static final int SECTION_PLACES = 1;

    /** A placed story as the desk lists it; {@code shown} is false once readers can no longer see it. */
    public record Placed(FrontPick pick, String title, String url, boolean shown) {}

    /**
     * A front as the desk arranges it.
     *
     * @param version {@code -1} for a front never arranged: the first arrangement may not overwrite another's
     */
    public record Plan(
            @Nullable Long sectionId,
            String name,
            int places,
            long version,
            List<Placed> now,
            @Nullable Instant scheduledAt,
            List<Placed> scheduled,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt) {}

    private final KeptUntilChanged<Map<String, List<FrontPick>>> arrangements = new KeptUntilChanged<>();
    private final FrontRepository fronts;
    private final ArticleRepository articles;
    private final ArticleViews views;
    private final SectionService sections;
    private final MediaService media;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrontService(
            FrontRepository fronts,
            ArticleRepository articles,
            ArticleViews views,
            SectionService sections,
            MediaService media,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.fronts = fronts;
        this.articles = articles;
        this.views = views;
        this.sections = sections;
        this.media = media;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The home page's top stories, {@code count} of them when the archive has as many: placed ones first. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ArticleTeaser> home(int count) {
        return filled(shown(arranged(Front.HOME)), count);
    }

    /** The story the editors placed at the top of a section's page, while readers can see it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ArticleTeaser> sectionLead(long sectionId) {
        return shown(arranged(Front.keyOf(sectionId))).stream().findFirst();
    }

    /** The stories placed on a front now, from memory: most pages show a front, few fronts change. */
    private List<FrontPick> arranged(String frontKey) {
        return arrangements
                .get(() -> fronts.findAll().stream()
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(Front::getFrontKey, Front::getSlots)))
                .getOrDefault(frontKey, List.of());
    }

    /** A front changed here or on another node (the change feed repeats its keys), or everything did. */
    @EventListener
    void onChange(PublicContentChanged change) {
        if (change.keys().stream()
                .anyMatch(key -> PublicContentChanged.isFront(key) || key.equals(PublicContentChanged.EVERYTHING))) {
            arrangements.changed();
        }
    }

    /** The front as it would look with these stories placed: the desk's preview. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ArticleTeaser> preview(@Nullable Long sectionId, List<FrontPick> picks, int count) {
        List<ArticleTeaser> placed = shown(picks);
        return sectionId == null ? filled(placed, count) : placed;
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Plan open(@Nullable Long sectionId) {
        String name = nameOf(sectionId);
        return fronts.findByFrontKey(Front.keyOf(sectionId))
                .map(front -> plan(sectionId, name, front))
                .orElseGet(() ->
                        new Plan(sectionId, name, placesOf(sectionId), -1, List.of(), null, List.of(), null, null));
    }

    /** Published stories whose headline contains the text, newest first: what may be placed on the front. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ArticleTeaser> candidates(@Nullable Long sectionId, String headline, int limit) {
        String pattern = LikePattern.containing(headline);
        PageRequest first = PageRequest.of(0, limit);
        List<Article> found = sectionId == null
                ? articles.findPublishedByTitleLike(pattern, first)
                : articles.findPublishedInSectionsByTitleLike(
                        pattern, sections.tree().selfAndDescendantIds(sectionId), first);
        return views.teasers(found.stream().map(ListedArticle::of).toList());
    }

    /** Shows these stories on the front from now on. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Plan publish(@Nullable Long sectionId, long version, List<FrontPick> picks) {
        List<FrontPick> checked = checked(sectionId, picks);
        Front front = current(sectionId, version);
        front.arrange(checked, CurrentActor.name(), clock.instant());
        fronts.save(front);
        audit.record("front.publish", front.getFrontKey(), describe(checked));
        changed(sectionId);
        return open(sectionId);
    }

    /** Has these stories replace the front's at a later time. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Plan schedule(@Nullable Long sectionId, long version, List<FrontPick> picks, Instant at) {
        List<FrontPick> checked = checked(sectionId, picks);
        if (!at.isAfter(clock.instant())) {
            throw new DomainException.ValidationFailed("scheduledAt", "Choose a time in the future");
        }
        Front front = current(sectionId, version);
        front.schedule(checked, at, CurrentActor.name(), clock.instant());
        fronts.save(front);
        audit.record("front.schedule", front.getFrontKey(), at + ": " + describe(checked));
        return open(sectionId);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Plan cancelSchedule(@Nullable Long sectionId, long version) {
        Front front = current(sectionId, version);
        front.cancelSchedule(CurrentActor.name(), clock.instant());
        audit.record("front.schedule-cancelled", front.getFrontKey(), null);
        return open(sectionId);
    }

    /** Publishes one front's scheduled arrangement if its time has come; whether it did. */
    @Transactional
    boolean publishIfDue(long frontId) {
        Front front = fronts.findById(frontId).orElse(null);
        if (front == null
                || front.getScheduledAt() == null
                || front.getScheduledAt().isAfter(clock.instant())) {
            return false;
        }
        List<FrontPick> picks = front.getScheduledSlots();
        front.publishScheduled(CurrentActor.name(), clock.instant());
        audit.record("front.publish-scheduled", front.getFrontKey(), describe(picks));
        events.publishEvent(new PublicContentChanged(Set.of(PublicContentChanged.front(front.sectionId()))));
        return true;
    }

    void changed(@Nullable Long sectionId) {
        events.publishEvent(new PublicContentChanged(Set.of(PublicContentChanged.front(sectionId))));
    }

    private Front current(@Nullable Long sectionId, long version) {
        Optional<Front> found = fronts.findByFrontKey(Front.keyOf(sectionId));
        long actual = found.map(Front::getVersion).orElse(-1L);
        if (actual != version) {
            throw new DomainException.Conflict("Someone else changed this front since you opened it. Reload to see"
                    + " their arrangement; yours is still on screen.");
        }
        return found.orElseGet(() -> new Front(Front.keyOf(sectionId)));
    }

    /** The placed stories readers can see, in order, with the front's own headline and picture. */
    private List<ArticleTeaser> shown(List<FrontPick> picks) {
        if (picks.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleTeaser> teasers = new LinkedHashMap<>();
        views.teasers(articles.findListedAmong(
                        picks.stream().map(FrontPick::articleId).toList()))
                .forEach(t -> teasers.put(t.id(), t));
        Map<Long, MediaView> pictures = media.findAll(picks.stream()
                .map(FrontPick::mediaId)
                .filter(java.util.Objects::nonNull)
                .toList());
        List<ArticleTeaser> shown = new ArrayList<>();
        for (FrontPick pick : picks) {
            ArticleTeaser teaser = teasers.get(pick.articleId());
            if (teaser != null) {
                shown.add(
                        teaser.onFront(pick.headline(), pick.mediaId() == null ? null : pictures.get(pick.mediaId())));
            }
        }
        return shown;
    }

    /** The placed stories, then the latest articles not among them, up to {@code count}. */
    private List<ArticleTeaser> filled(List<ArticleTeaser> placed, int count) {
        List<ArticleTeaser> top = new ArrayList<>(placed.subList(0, Math.min(placed.size(), count)));
        Set<Long> ids = new HashSet<>();
        top.forEach(t -> ids.add(t.id()));
        List<ListedArticle> latest =
                articles.findPublished(PageRequest.of(0, count + placed.size())).getContent();
        views.teasers(latest.stream()
                        .filter(a -> !ids.contains(a.id()))
                        .limit(count - top.size())
                        .toList())
                .forEach(top::add);
        return top;
    }

    private List<FrontPick> checked(@Nullable Long sectionId, List<FrontPick> picks) {
        int places = placesOf(sectionId);
        if (picks.size() > places) {
            throw new DomainException.ValidationFailed(
                    "stories",
                    "This front has " + places + (places == 1 ? " place" : " places") + "; remove a story first");
        }
        Set<Long> sectionIds = sectionId == null ? null : sections.tree().selfAndDescendantIds(sectionId);
        Map<Long, Article> found = articlesOf(picks);
        Set<Long> seen = new HashSet<>();
        List<FrontPick> checked = new ArrayList<>();
        for (FrontPick pick : picks) {
            Article article = found.get(pick.articleId());
            if (article == null || !article.isVisibleToReaders()) {
                throw new DomainException.ValidationFailed(
                        "stories",
                        (article == null ? "A story" : "“" + article.getTitle() + "”")
                                + " is not published; only published stories go on a front");
            }
            if (!seen.add(pick.articleId())) {
                throw new DomainException.ValidationFailed(
                        "stories", "“" + article.getTitle() + "” is on the front twice; keep one place");
            }
            if (sectionIds != null && !sectionIds.contains(article.getSectionId())) {
                throw new DomainException.ValidationFailed(
                        "stories", "“" + article.getTitle() + "” is not in " + nameOf(sectionId));
            }
            checked.add(new FrontPick(pick.articleId(), headline(pick.headline()), picture(pick.mediaId())));
        }
        return checked;
    }

    private static @Nullable String headline(@Nullable String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String stripped = headline.strip().replaceAll("\\s+", " ");
        if (stripped.length() > Article.TITLE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "headline",
                    "Keep the front's headline under " + Article.TITLE_MAX_LENGTH + " characters (it has "
                            + stripped.length() + ")");
        }
        return stripped;
    }

    private @Nullable Long picture(@Nullable Long mediaId) {
        if (mediaId == null) {
            return null;
        }
        MediaView picture = media.find(mediaId)
                .orElseThrow(() -> new DomainException.ValidationFailed(
                        "picture", "That picture is no longer in the library; choose another"));
        if (!picture.described()) {
            throw new DomainException.ValidationFailed(
                    "picture", "Describe the picture in the library first, or mark it as decorative");
        }
        return mediaId;
    }

    private Plan plan(@Nullable Long sectionId, String name, Front front) {
        return new Plan(
                sectionId,
                name,
                placesOf(sectionId),
                front.getVersion(),
                placed(front.getSlots()),
                front.getScheduledAt(),
                placed(front.getScheduledSlots()),
                front.getUpdatedBy(),
                front.getUpdatedAt());
    }

    private List<Placed> placed(List<FrontPick> picks) {
        Map<Long, Article> found = articlesOf(picks);
        org.broadsheet.taxonomy.service.SectionTree tree = sections.tree();
        List<Placed> placed = new ArrayList<>();
        for (FrontPick pick : picks) {
            Article article = found.get(pick.articleId());
            if (article != null) {
                placed.add(new Placed(
                        pick,
                        article.getTitle(),
                        ArticleViews.urlIn(tree, article).orElse(""),
                        article.isVisibleToReaders()));
            }
        }
        return placed;
    }

    private Map<Long, Article> articlesOf(List<FrontPick> picks) {
        Map<Long, Article> found = new java.util.HashMap<>();
        articles.findAllById(picks.stream().map(FrontPick::articleId).toList())
                .forEach(a -> found.put(a.requireId(), a));
        return found;
    }

    private static int placesOf(@Nullable Long sectionId) {
        return sectionId == null ? HOME_PLACES : SECTION_PLACES;
    }

    private String nameOf(@Nullable Long sectionId) {
        return sectionId == null
                ? "the home page"
                : sections.tree()
                        .byId(sectionId)
                        .map(SectionSummary::name)
                        .orElseThrow(() -> new DomainException.NotFound("No such section"));
    }

    private static String describe(List<FrontPick> picks) {
        return picks.isEmpty()
                ? "latest articles only"
                : picks.stream()
                        .map(p -> "article:" + p.articleId())
                        .collect(java.util.stream.Collectors.joining(", "));
    }
}
