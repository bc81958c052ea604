package org.broadsheet.desk.articles;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.LocalDateTimeRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.signals.Signal;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.BulkAction;
import org.broadsheet.content.service.BulkArticleActions;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.DeskUser;
import org.broadsheet.desk.bulk.BulkRun;
import org.broadsheet.desk.bulk.BulkSummaryDialog;
import org.broadsheet.desk.editor.ArticleEditorView;
import org.broadsheet.desk.live.DeskActivity;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.jspecify.annotations.Nullable;

/**
 * Every article not in the trash, paged from the database as the grid scrolls and narrowed by
 * the filters; or, for words typed in the search field, the search index's matches in order of
 * relevance. Filters and words are in the address, so a list can be bookmarked and the back
 * button returns to it. Changes made elsewhere show up here without reloading.
 */
@Route("articles")
@PageTitle("Articles · Broadsheet desk")
@Menu(title = "Articles", order = 1, icon = "vaadin:newspaper")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class ArticlesView extends Main implements BeforeEnterObserver {

    private static final String DATE_WIDTH = "10.5em";

    final TextField search = new TextField();
    final Grid<DeskArticleRow> grid = new Grid<>();
    final Button newArticle = new Button("New article", VaadinIcon.PLUS.create());
    final Span searchUnavailable =
            new Span("Search is unavailable; showing articles whose headline contains the text.");
    final ArticleFilterBar filters;
    final BulkActionsBar bulk;
    private final ArticleListing listing;
    private final BulkArticleActions bulkActions;

    ArticlesView(
            ArticleService articles,
            SearchService searchService,
            SiteSettingsService settings,
            SectionService sections,
            AuthorService authors,
            TagService tags,
            BulkArticleActions bulkActions,
            DeskActivity activity,
            DeskUser user) {
        this.listing = new ArticleListing(articles, searchService);
        this.bulkActions = bulkActions;
        addClassName("desk-view");
        SectionTree tree = sections.tree();
        filters = new ArticleFilterBar(tree, authors.all(), tags, filter -> listChanged(true));
        bulk = new BulkActionsBar(user.isEditor(), tree, tags, this::runBulk);
        configureSearch();
        configureGrid(settings.identity().zone());
        newArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newArticle.addClickListener(e -> UI.getCurrent().navigate(ArticleEditorView.NEW));
        newArticle.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        newArticle.setTooltipText("Alt+N");
        searchUnavailable.addClassName("search-unavailable");
        searchUnavailable.setVisible(false);
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2("Articles"), newArticle, search, searchUnavailable);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, filters, bulk, grid);
        // other desks' saves, new articles and the schedule's publications appear without reloading
        Signal.effect(this, () -> {
            activity.articleChanges().get();
            grid.getDataProvider().refreshAll();
        });
    }

    private void configureSearch() {
        search.setPlaceholder("Search headlines, text, names");
        search.setAriaLabel("Search articles");
        search.getElement().setAttribute("aria-label", "Search articles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setMaxLength(200);
        search.setWidth("24em");
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listChanged(false);
            }
        });
    }

    private void configureGrid(ZoneId zone) {
        grid.addColumn(LitRenderer.<DeskArticleRow>of("<a href=\"articles/${item.id}\">${item.title}</a>")
                        .withProperty("id", DeskArticleRow::id)
                        .withProperty("title", DeskArticleRow::title))
                .setHeader("Title")
                .setSortProperty("title")
                .setFlexGrow(4)
                .setWidth("14em")
                .setKey("title");
        grid.addColumn(DeskArticleRow::sectionPath)
                .setHeader("Section")
                .setFlexGrow(2)
                .setWidth("9em")
                .setKey("section");
        grid.addColumn(DeskArticleRow::authors)
                .setHeader("Authors")
                .setFlexGrow(2)
                .setWidth("8em")
                .setKey("authors");
        grid.addColumn(row -> row.status().label())
                .setHeader("Status")
                .setSortProperty("status")
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new LocalDateTimeRenderer<>(row -> local(row.updatedAt(), zone), () -> DeskFeedback.DATE_TIME))
                .setHeader("Updated")
                .setSortProperty("updatedAt")
                .setKey("updated")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth(DATE_WIDTH)
                .setFlexGrow(0);
        grid.addColumn(new LocalDateTimeRenderer<>(row -> local(row.publishedAt(), zone), () -> DeskFeedback.DATE_TIME))
                .setHeader("Published")
                .setSortProperty("publishedAt")
                .setKey("published")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth(DATE_WIDTH)
                .setFlexGrow(0);
        grid.setDataProvider(new CallbackDataProvider<DeskArticleRow, Void>(
                query -> listing.fetch(search.getValue(), filters.filter(), query),
                query -> {
                    int count = listing.count(search.getValue(), filters.filter());
                    searchUnavailable.setVisible(listing.searchUnavailable());
                    return count;
                },
                DeskArticleRow::id));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> bulk.setSelection(e.getAllSelectedItems().size()));
        grid.addItemDoubleClickListener(e -> UI.getCurrent()
                .navigate(
                        ArticleEditorView.class,
                        ArticleEditorView.parameters(e.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        search.setValue(parameters.getSingleParameter("q").orElse(""));
        filters.read(parameters);
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    /** Refreshes the list and writes the filters into the address: a new history entry for a filter choice. */
    private void listChanged(boolean newHistoryEntry) {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> {
            Location location = new Location("articles", filters.toParameters(search.getValue()));
            if (newHistoryEntry) {
                ui.getPage().getHistory().pushState(null, location);
            } else {
                ui.getPage().getHistory().replaceState(null, location);
            }
        });
    }

    private void runBulk(BulkAction action) {
        List<Long> ids =
                grid.getSelectedItems().stream().map(DeskArticleRow::id).toList();
        UI ui = UI.getCurrent();
        bulk.showProgress(0, ids.size());
        BulkRun.start(ui, bulkActions, action, ids, bulk::showProgress, outcomes -> {
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
            new BulkSummaryDialog(action, outcomes).open();
        });
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
