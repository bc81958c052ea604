package org.broadsheet.site.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.KeptUntilChanged;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.ReadOnlyTransactions;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.StaticPageService;
import org.broadsheet.content.service.StaticPageView;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.site.domain.SiteMenu;
import org.broadsheet.site.domain.SiteMenuItem;
import org.broadsheet.site.domain.SiteMenuRepository;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The header's navigation and the footer's links as the editors arrange them: sections, static
 * pages and articles named by id (so they follow renames and moves) and addresses. Read on every
 * page, so kept in memory until a menu, or something a menu names, changes; an entry whose page or
 * article readers can no longer open is left out rather than shown broken.
 */
@Service
public class MenuService {

    /** The two menus. */
    public enum Menu {
        HEADER("Header navigation", true),
        FOOTER("Footer links", false);

        private final String label;
        private final boolean nests;

        Menu(String label, boolean nests) {
            this.label = label;
            this.nests = nests;
        }

        public String label() {
            return label;
        }

        /** Whether entries may sit under another (the header's drop-downs). */
        public boolean nests() {
            return nests;
        }
    }

    /** A menu as the desk arranges it; {@code version} -1 for one never arranged (the defaults show). */
    public record Plan(Menu menu, long version, List<MenuEntry> entries) {}

    public static final int MAX_ENTRIES = 30;

    private final KeptUntilChanged<Navigation> kept = new KeptUntilChanged<>();
    /** The stored entries, which an article's change is checked against without reading the database. */
    private final KeptUntilChanged<Map<Menu, List<SiteMenuItem>>> entries = new KeptUntilChanged<>();

    private final SiteMenuRepository menus;
    private final SectionService sections;
    private final StaticPageService pages;
    private final ArticleService articles;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReadOnlyTransactions readOnly;

    MenuService(
            SiteMenuRepository menus,
            SectionService sections,
            StaticPageService pages,
            ArticleService articles,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            ReadOnlyTransactions readOnly) {
        this.menus = menus;
        this.sections = sections;
        this.pages = pages;
        this.articles = articles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** What every page shows; empty lists mean the defaults. */
    @PreAuthorize("permitAll()")
    public Navigation navigation() {
        return kept.get(() -> readOnly.call(() -> new Navigation(links(Menu.HEADER), links(Menu.FOOTER))));
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Plan open(Menu menu) {
        return menus.findByName(menu.name())
                .map(stored -> new Plan(
                        menu,
                        stored.getVersion(),
                        stored.getItems().stream().map(MenuService::entry).toList()))
                .orElseGet(() -> new Plan(menu, -1, List.of()));
    }

    /** Replaces the menu's entries; none brings back the defaults. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Plan save(Menu menu, long version, List<MenuEntry> entries) {
        List<SiteMenuItem> checked = checked(menu, entries);
        Optional<SiteMenu> found = menus.findByName(menu.name());
        if (found.map(SiteMenu::getVersion).orElse(-1L) != version) {
            throw new DomainException.Conflict(
                    "Someone else changed this menu since you opened it. Reload to see theirs; yours is still on screen.");
        }
        SiteMenu stored = found.orElseGet(() -> new SiteMenu(menu.name()));
        stored.arrange(checked, CurrentActor.name(), clock.instant());
        menus.saveAndFlush(stored);
        audit.record(
                "menu.save",
                "menu:" + menu.name().toLowerCase(java.util.Locale.ROOT),
                checked.isEmpty() ? "the defaults" : checked.size() + " entries");
        this.entries.changed();
        kept.changed();
        events.publishEvent(PublicContentChanged.everything());
        return open(menu);
    }

    /** A menu changed on another node, the site did, or something a menu names changed. */
    @EventListener
    void onChange(PublicContentChanged change) {
        if (change.keys().contains(PublicContentChanged.EVERYTHING)) {
            entries.changed();
            kept.changed();
            return;
        }
        boolean named = change.keys().stream()
                .anyMatch(key -> key.startsWith("page:") || key.startsWith("article:") && namesArticle(key));
        if (named) {
            kept.changed();
            // every page shows the menus: what a menu names changed, so every page shows it differently
            events.publishEvent(PublicContentChanged.everything());
        }
    }

    private boolean namesArticle(String key) {
        return stored().values().stream()
                .flatMap(List::stream)
                .anyMatch(item -> item.kind().equals(MenuEntry.Kind.ARTICLE.name())
                        && item.targetId() != null
                        && key.equals(PublicContentChanged.article(item.targetId())));
    }

    private Map<Menu, List<SiteMenuItem>> stored() {
        return entries.get(() -> {
            Map<Menu, List<SiteMenuItem>> byMenu = new java.util.EnumMap<>(Menu.class);
            for (Menu menu : Menu.values()) {
                byMenu.put(menu, List.copyOf(menus.findItems(menu.name())));
            }
            return byMenu;
        });
    }

    private List<MenuLink> links(Menu menu) {
        List<SiteMenuItem> items = stored().getOrDefault(menu, List.of());
        if (items.isEmpty()) {
            return List.of();
        }
        SectionTree tree = sections.tree();
        Map<Long, StaticPageView> visiblePages = pages.visible(idsOf(items, MenuEntry.Kind.PAGE));
        Map<Long, ArticleTeaser> visibleArticles = new java.util.HashMap<>();
        articles.publishedTeasers(idsOf(items, MenuEntry.Kind.ARTICLE)).forEach(t -> visibleArticles.put(t.id(), t));
        // each top entry with the children under it; one that no longer leads anywhere takes its children along
        List<MenuLink> top = new ArrayList<>();
        List<MenuLink> children = new ArrayList<>();
        MenuLink parent = null;
        for (SiteMenuItem item : items) {
            MenuLink link = resolve(item, tree, visiblePages, visibleArticles);
            if (item.child()) {
                if (link != null) {
                    children.add(link);
                }
                continue;
            }
            if (parent != null) {
                top.add(new MenuLink(parent.label(), parent.url(), parent.external(), children));
            }
            parent = link;
            children = new ArrayList<>();
        }
        if (parent != null) {
            top.add(new MenuLink(parent.label(), parent.url(), parent.external(), children));
        }
        return top;
    }

    private static @org.jspecify.annotations.Nullable MenuLink resolve(
            SiteMenuItem item,
            SectionTree tree,
            Map<Long, StaticPageView> visiblePages,
            Map<Long, ArticleTeaser> visibleArticles) {
        MenuEntry.Kind kind = MenuEntry.Kind.valueOf(item.kind());
        Long id = item.targetId();
        String url = switch (kind) {
            case SECTION ->
                id == null ? null : tree.byId(id).map(SectionSummary::url).orElse(null);
            case PAGE ->
                id == null || !visiblePages.containsKey(id)
                        ? null
                        : visiblePages.get(id).url();
            case ARTICLE ->
                id == null || !visibleArticles.containsKey(id)
                        ? null
                        : visibleArticles.get(id).url();
            case LINK -> item.url();
        };
        return url == null
                ? null
                : new MenuLink(item.label(), url, kind == MenuEntry.Kind.LINK && !url.startsWith("/"), List.of());
    }

    private static List<Long> idsOf(List<SiteMenuItem> items, MenuEntry.Kind kind) {
        return items.stream()
                .filter(item -> item.kind().equals(kind.name()) && item.targetId() != null)
                .map(SiteMenuItem::targetId)
                .map(Objects::requireNonNull)
                .toList();
    }

    private List<SiteMenuItem> checked(Menu menu, List<MenuEntry> entries) {
        if (entries.size() > MAX_ENTRIES) {
            throw new DomainException.ValidationFailed(
                    "entries", "A menu holds at most " + MAX_ENTRIES + " entries; remove some first");
        }
        List<SiteMenuItem> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MenuEntry entry = entries.get(i).checked(i, menu.nests());
            checked.add(
                    new SiteMenuItem(entry.label(), entry.kind().name(), entry.targetId(), entry.url(), entry.child()));
        }
        return checked;
    }

    private static MenuEntry entry(SiteMenuItem item) {
        return new MenuEntry(
                MenuEntry.Kind.valueOf(item.kind()), item.targetId(), item.url(), item.label(), item.child());
    }
}
