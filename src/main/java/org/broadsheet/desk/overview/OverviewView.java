package org.broadsheet.desk.overview;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleStatus;
import org.broadsheet.people.service.Role;

/** The desk's front page: how many articles stand where. */
@Route("")
@PageTitle("Overview · Broadsheet desk")
@Menu(title = "Overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class OverviewView extends Main {

    OverviewView(ArticleService articles) {
        addClassName("desk-view");
        add(new H2("Overview"));
        Div counts = new Div();
        counts.addClassName("status-counts");
        for (Map.Entry<ArticleStatus, Long> count : articles.countByStatus().entrySet()) {
            Div card = new Div(new Span(String.valueOf(count.getValue())), new Span(count.getKey().label()));
            card.addClassName("status-count");
            card.getElement().setAttribute("data-status", count.getKey().name());
            counts.add(card);
        }
        add(counts);
    }
}
