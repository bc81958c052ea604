package org.broadsheet.desk.articles;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.desk.sections.SectionLabels;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The articles grid's filters: status, section (with the sections below it), author and tag. It
 * reads them from the address and writes them back, so a filtered list can be bookmarked.
 */
class ArticleFilterBar extends HorizontalLayout {

    static final String STATUS = "status";
    static final String SECTION = "section";
    static final String AUTHOR = "author";
    static final String TAG = "tag";

    final Select<ArticleStatus> status = new Select<>();
    final ComboBox<SectionSummary> section = new ComboBox<>("Section");
    final ComboBox<AuthorProfile> author = new ComboBox<>("Author");
    final ComboBox<TagSummary> tag = new ComboBox<>("Tag");
    private final TagService tags;
    private boolean reading;

    ArticleFilterBar(
            SectionTree sections, List<AuthorProfile> authors, TagService tags, Consumer<DeskFilter> onChange) {
        this.tags = tags;
        status.setLabel("Status");
        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        section.setItems(sections.flattened());
        section.setItemLabelGenerator(SectionLabels.trails(sections));
        section.setRenderer(SectionLabels.indented());
        section.setClearButtonVisible(true);
        section.setPlaceholder("Any section");
        author.setItems(authors);
        author.setItemLabelGenerator(AuthorProfile::name);
        author.setClearButtonVisible(true);
        author.setPlaceholder("Anyone");
        tag.setItemsPageable(this::tagPage);
        tag.setItemLabelGenerator(TagSummary::name);
        tag.setClearButtonVisible(true);
        tag.setPlaceholder("Any tag");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("article-filters");
        add(status, section, author, tag);
        status.addValueChangeListener(e -> changed(onChange));
        section.addValueChangeListener(e -> changed(onChange));
        author.addValueChangeListener(e -> changed(onChange));
        tag.addValueChangeListener(e -> changed(onChange));
    }

    DeskFilter filter() {
        return new DeskFilter(
                status.getValue(),
                section.getValue() == null ? null : section.getValue().id(),
                author.getValue() == null ? null : author.getValue().id(),
                tag.getValue() == null ? null : tag.getValue().id());
    }

    /** Sets the filters from the address without counting it as a change; unknown ids are ignored. */
    void read(QueryParameters parameters) {
        reading = true;
        try {
            status.setValue(parameters
                    .getSingleParameter(STATUS)
                    .flatMap(ArticleFilterBar::statusNamed)
                    .orElse(null));
            section.setValue(id(parameters, SECTION)
                    .flatMap(id -> section.getListDataView()
                            .getItems()
                            .filter(s -> s.id() == id)
                            .findFirst())
                    .orElse(null));
            author.setValue(id(parameters, AUTHOR)
                    .flatMap(id -> author.getListDataView()
                            .getItems()
                            .filter(a -> a.id() == id)
                            .findFirst())
                    .orElse(null));
            tag.setValue(id(parameters, TAG)
                    .flatMap(id -> tags.byIds(List.of(id)).stream().findFirst())
                    .orElse(null));
        } finally {
            reading = false;
        }
    }

    /** The filters as address parameters, with the search words when there are any. */
    QueryParameters toParameters(String searchText) {
        Map<String, String> parameters = new HashMap<>();
        DeskFilter f = filter();
        if (f.status() != null) {
            parameters.put(STATUS, f.status().name());
        }
        put(parameters, SECTION, f.sectionId());
        put(parameters, AUTHOR, f.authorId());
        put(parameters, TAG, f.tagId());
        if (!searchText.isBlank()) {
            parameters.put("q", searchText);
        }
        return QueryParameters.simple(parameters);
    }

    private void changed(Consumer<DeskFilter> onChange) {
        if (!reading) {
            onChange.accept(filter());
        }
    }

    private List<TagSummary> tagPage(org.springframework.data.domain.Pageable page, String text) {
        return tags.list(text, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .getContent();
    }

    private static void put(Map<String, String> parameters, String name, @Nullable Long id) {
        if (id != null) {
            parameters.put(name, id.toString());
        }
    }

    private static Optional<Long> id(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<ArticleStatus> statusNamed(String name) {
        try {
            return Optional.of(ArticleStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
