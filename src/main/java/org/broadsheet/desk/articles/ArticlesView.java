package org.broadsheet.desk.articles;

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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.data.renderer.LocalDateTimeRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.people.service.Role;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.site.service.SiteSettingsService;
import org.jspecify.annotations.Nullable;

/**
 * Every article not in the trash, paged from the database as the grid scrolls; or, for words
 * typed in the search field, the search index's matches in order of relevance. The words are in
 * the address ({@code ?q=}), so a search can be bookmarked and the back button returns to it.
 */
@Route("articles")
@PageTitle("Articles · Broadsheet desk")
@Menu(title = "Articles", order = 1, icon = "vaadin:newspaper")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class ArticlesView extends Main implements BeforeEnterObserver {

    private static final String DATE_WIDTH = "12em";

    final TextField search = new TextField();
    final Grid<DeskArticleRow> grid = new Grid<>();
    final Span searchUnavailable = new Span("Search is unavailable; showing articles whose headline contains the text.");
    private final ArticleListing listing;

    ArticlesView(ArticleService articles, SearchService searchService, SiteSettingsService settings) {
        this.listing = new ArticleListing(articles, searchService);
        addClassName("desk-view");
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
            grid.getDataProvider().refreshAll();
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new Location("articles", e.getValue().isBlank() ? QueryParameters.empty()
                                : QueryParameters.of("q", e.getValue()))));
            }
        });
        searchUnavailable.addClassName("search-unavailable");
        searchUnavailable.setVisible(false);
        ZoneId zone = settings.identity().zone();
        grid.addColumn(DeskArticleRow::title).setHeader("Title").setSortProperty("title")
                .setFlexGrow(4).setWidth("16em").setKey("title");
        grid.addColumn(DeskArticleRow::sectionPath).setHeader("Section").setFlexGrow(2).setKey("section");
        grid.addColumn(DeskArticleRow::authors).setHeader("Authors").setFlexGrow(2).setKey("authors");
        grid.addColumn(row -> row.status().label()).setHeader("Status").setSortProperty("status")
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new LocalDateTimeRenderer<>(row -> local(row.updatedAt(), zone), () -> DeskFeedback.DATE_TIME))
                .setHeader("Updated").setSortProperty("updatedAt").setKey("updated")
                .setTextAlign(ColumnTextAlign.END).setWidth(DATE_WIDTH).setFlexGrow(0);
        grid.addColumn(new LocalDateTimeRenderer<>(row -> local(row.publishedAt(), zone), () -> DeskFeedback.DATE_TIME))
                .setHeader("Published").setSortProperty("publishedAt").setKey("published")
                .setTextAlign(ColumnTextAlign.END).setWidth(DATE_WIDTH).setFlexGrow(0);
        grid.setItems(query -> listing.fetch(search.getValue(), query), query -> {
            int count = listing.count(search.getValue());
            searchUnavailable.setVisible(listing.searchUnavailable());
            return count;
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2("Articles"), search, searchUnavailable);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        search.setValue(event.getLocation().getQueryParameters().getSingleParameter("q").orElse(""));
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
