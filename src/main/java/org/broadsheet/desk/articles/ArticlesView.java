package org.broadsheet.desk.articles;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LocalDateTimeRenderer;
import com.vaadin.flow.router.Menu;
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
import org.broadsheet.site.service.SiteSettingsService;
import org.jspecify.annotations.Nullable;

/** Every article not in the trash, paged from the database as the grid scrolls. */
@Route("articles")
@PageTitle("Articles · Broadsheet desk")
@Menu(title = "Articles", order = 1, icon = "vaadin:newspaper")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class ArticlesView extends Main {

    private static final String DATE_WIDTH = "10.5em";

    private final Grid<DeskArticleRow> grid = new Grid<>();

    ArticlesView(ArticleService articles, SiteSettingsService settings) {
        addClassName("desk-view");
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
        grid.setItems(query -> articles.deskList(toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, articles.deskCount()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        setSizeFull();
        add(new H2("Articles"), grid);
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
