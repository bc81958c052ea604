package org.broadsheet.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a grid the user puts in order (a front's stories, a menu's entries): moved by
 * dragging a row, or with up and down buttons for keyboard users; every change is told to the view.
 */
public final class OrderedRows<T> {

    private final List<T> rows = new ArrayList<>();
    private final Grid<T> grid;
    private final Runnable changed;
    private @Nullable T dragged;

    public OrderedRows(Grid<T> grid, Runnable changed) {
        this.grid = grid;
        this.changed = changed;
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(
                e -> dragged = e.getDraggedItems().stream().findFirst().orElse(null));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged != target) {
                int to = rows.indexOf(target);
                move(dragged, e.getDropLocation() == GridDropLocation.BELOW ? to + 1 : to);
            }
        }));
    }

    public List<T> all() {
        return List.copyOf(rows);
    }

    public int indexOf(T row) {
        return rows.indexOf(row);
    }

    /** Shows these rows as they are saved: not a change. */
    public void show(List<T> shown) {
        rows.clear();
        rows.addAll(shown);
        grid.setItems(rows);
    }

    public void add(T row) {
        rows.add(row);
        refreshed();
    }

    public void replace(T old, T updated) {
        rows.set(rows.indexOf(old), updated);
        refreshed();
    }

    public void remove(T row) {
        rows.remove(row);
        refreshed();
    }

    /** Puts the row at the index it would have had before it was taken out. */
    public void move(T row, int index) {
        int from = rows.indexOf(row);
        rows.remove(from);
        rows.add(Math.max(0, Math.min(rows.size(), index > from ? index - 1 : index)), row);
        refreshed();
    }

    /** The up and down buttons of a row, enabled where the row can go. */
    public List<Button> upAndDown(T row, String name) {
        int index = rows.indexOf(row);
        Button up = iconButton(VaadinIcon.ARROW_UP, "Move “" + name + "” up", () -> move(row, index - 1));
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move “" + name + "” down", () -> move(row, index + 2));
        up.setEnabled(index > 0);
        down.setEnabled(index < rows.size() - 1);
        return List.of(up, down);
    }

    /** A small icon-only button, named for screen readers and in its tooltip. */
    public static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }

    private void refreshed() {
        grid.setItems(rows);
        changed.run();
    }
}
