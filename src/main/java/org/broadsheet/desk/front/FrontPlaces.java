package org.broadsheet.desk.front;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.broadsheet.desk.OrderedRows;

/**
 * The stories of a front in their order, the first leading: rearranged by dragging a row, or with
 * the up and down buttons for keyboard users.
 */
class FrontPlaces extends Grid<FrontPlace> {

    private final OrderedRows<FrontPlace> rows;
    private final Consumer<FrontPlace> edit;

    FrontPlaces(Runnable changed, Consumer<FrontPlace> edit) {
        this.rows = new OrderedRows<>(this, changed);
        this.edit = edit;
        addClassName("front-places");
        addColumn(place -> placeName(rows.indexOf(place)))
                .setHeader("Place")
                .setWidth("8rem")
                .setFlexGrow(0);
        addComponentColumn(this::story).setHeader("Story").setFlexGrow(4);
        addColumn(place -> place.pick().headline() == null ? "—" : place.pick().headline())
                .setHeader("Front headline")
                .setFlexGrow(2);
        addColumn(place -> place.pick().mediaId() == null ? "The article's" : "Its own")
                .setHeader("Picture")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(this::actions)
                .setHeader("")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    static String placeName(int index) {
        return index == 0 ? "Lead" : "Featured " + index;
    }

    List<FrontPlace> places() {
        return rows.all();
    }

    void show(List<FrontPlace> shown) {
        rows.show(shown);
    }

    void add(FrontPlace place) {
        rows.add(place);
    }

    void replace(FrontPlace old, FrontPlace updated) {
        rows.replace(old, updated);
    }

    private Component story(FrontPlace place) {
        Span title = new Span(place.title());
        if (place.shown()) {
            return title;
        }
        Span off = new Span("off the site");
        off.getElement().getThemeList().add("badge error small");
        return new HorizontalLayout(title, off);
    }

    private Component actions(FrontPlace place) {
        HorizontalLayout actions = new HorizontalLayout();
        rows.upAndDown(place, place.title()).forEach(actions::add);
        actions.add(
                OrderedRows.iconButton(
                        VaadinIcon.EDIT,
                        "Headline and picture of “" + place.title() + "” on the front",
                        () -> edit.accept(place)),
                OrderedRows.iconButton(
                        VaadinIcon.CLOSE_SMALL,
                        "Take “" + place.title() + "” off the front",
                        () -> rows.remove(place)));
        return actions;
    }
}
