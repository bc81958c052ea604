package org.broadsheet.desk.front;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The stories of a front in their order, the first leading: rearranged by dragging a row, or with
 * the up and down buttons for keyboard users.
 */
class FrontPlaces extends Grid<FrontPlace> {

    private final List<FrontPlace> places = new ArrayList<>();
    private final Runnable changed;
    private final Consumer<FrontPlace> edit;
    private @Nullable FrontPlace dragged;

    FrontPlaces(Runnable changed, Consumer<FrontPlace> edit) {
        this.changed = changed;
        this.edit = edit;
        addClassName("front-places");
        addColumn(place -> placeName(places.indexOf(place)))
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
        setRowsDraggable(true);
        setDropMode(GridDropMode.BETWEEN);
        addDragStartListener(
                e -> dragged = e.getDraggedItems().stream().findFirst().orElse(null));
        addDragEndListener(e -> dragged = null);
        addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged != target) {
                int to = places.indexOf(target);
                move(dragged, e.getDropLocation() == GridDropLocation.BELOW ? to + 1 : to);
            }
        }));
    }

    static String placeName(int index) {
        return index == 0 ? "Lead" : "Featured " + index;
    }

    List<FrontPlace> places() {
        return List.copyOf(places);
    }

    void show(List<FrontPlace> shown) {
        places.clear();
        places.addAll(shown);
        setItems(places);
    }

    void add(FrontPlace place) {
        places.add(place);
        refreshed();
    }

    void replace(FrontPlace old, FrontPlace updated) {
        places.set(places.indexOf(old), updated);
        refreshed();
    }

    void remove(FrontPlace place) {
        places.remove(place);
        refreshed();
    }

    /** Puts the story at the index it would have had before it was taken out. */
    void move(FrontPlace place, int index) {
        int from = places.indexOf(place);
        places.remove(from);
        places.add(Math.max(0, Math.min(places.size(), index > from ? index - 1 : index)), place);
        refreshed();
    }

    private void refreshed() {
        setItems(places);
        changed.run();
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
        int index = places.indexOf(place);
        Button up = small(VaadinIcon.ARROW_UP, "Move “" + place.title() + "” up", () -> move(place, index - 1));
        Button down = small(VaadinIcon.ARROW_DOWN, "Move “" + place.title() + "” down", () -> move(place, index + 2));
        up.setEnabled(index > 0);
        down.setEnabled(index < places.size() - 1);
        Button change = small(
                VaadinIcon.EDIT,
                "Headline and picture of “" + place.title() + "” on the front",
                () -> edit.accept(place));
        Button remove =
                small(VaadinIcon.CLOSE_SMALL, "Take “" + place.title() + "” off the front", () -> remove(place));
        return new HorizontalLayout(up, down, change, remove);
    }

    private static Button small(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }
}
