package org.broadsheet.desk.media;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.media.service.MediaFilter;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.springframework.data.domain.PageRequest;

/**
 * The library as a lazy grid of thumbnails, newest first, searched by file name, description,
 * caption and credit, and narrowed to one's own, the unused or one month's uploads.
 */
class MediaGrid extends Grid<MediaView> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    final TextField search = new TextField();
    final Checkbox mine = new Checkbox("Mine");
    final Checkbox unused = new Checkbox("Not used anywhere");
    final ComboBox<YearMonth> month = new ComboBox<>();

    MediaGrid(MediaService media, ZoneId zone) {
        search.setPlaceholder("Search pictures");
        search.setAriaLabel("Search pictures by file name, description, caption or credit");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> getDataProvider().refreshAll());
        mine.addValueChangeListener(e -> getDataProvider().refreshAll());
        unused.addValueChangeListener(e -> getDataProvider().refreshAll());
        YearMonth now = YearMonth.now(zone);
        month.setItems(java.util.stream.Stream.iterate(now, m -> m.minusMonths(1))
                .limit(36)
                .toList());
        month.setItemLabelGenerator(m -> m.format(MONTH));
        month.setPlaceholder("Any month");
        month.setAriaLabel("Uploaded in month");
        month.setClearButtonVisible(true);
        month.addValueChangeListener(e -> getDataProvider().refreshAll());
        addComponentColumn(MediaGrid::thumbnail)
                .setHeader("Picture")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(MediaView::fileName).setHeader("File").setFlexGrow(2);
        addComponentColumn(MediaGrid::description).setHeader("Description").setFlexGrow(3);
        addColumn(m -> m.width() + " × " + m.height()).setHeader("Size").setAutoWidth(true);
        addColumn(MediaView::uploadedBy).setHeader("By").setAutoWidth(true);
        addColumn(m -> DeskFeedback.dateTime(m.createdAt(), zone))
                .setHeader("Uploaded")
                .setAutoWidth(true);
        setItems(query -> media.search(filter(), toSpringPageRequest(query), zone).stream(), query ->
                        (int) media.search(filter(), PageRequest.of(0, 1), zone).getTotalElements())
                // a saved picture is a new record of the same picture: rows are told apart by id
                .setIdentifierProvider(MediaView::id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
    }

    /** The filter row: search text, mine, not used, month. */
    HorizontalLayout filters() {
        HorizontalLayout row = new HorizontalLayout(search, mine, unused, month);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private MediaFilter filter() {
        return new MediaFilter(search.getValue(), mine.getValue(), unused.getValue(), month.getValue());
    }

    static Image thumbnail(MediaView picture) {
        MediaView.Variant smallest = picture.variants().getFirst();
        Image image = new Image(
                smallest.webp(), picture.described() && picture.description() != null ? picture.description() : "");
        image.setWidth("96px");
        image.setHeight(Math.max(1, Math.round(96f * picture.height() / picture.width())) + "px");
        image.addClassName("media-thumbnail");
        return image;
    }

    private static Span description(MediaView picture) {
        if (picture.decorative()) {
            return new Span("Decorative (no description needed)");
        }
        if (picture.description() == null) {
            Span missing = new Span("No description yet: needed before it goes on an article");
            missing.getElement().getThemeList().add("badge contrast");
            return missing;
        }
        return new Span(picture.description());
    }
}
