package org.broadsheet.desk.editor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.base.Slugs;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleLimits;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.broadsheet.desk.articles.SectionLabels;
import org.broadsheet.desk.editor.body.ArticleBodyField;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.broadsheet.taxonomy.service.TagSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The article's fields with their rules shown next to them. The slug follows the headline until
 * someone edits it by hand; the public address it gives is shown under it. What the fields hold
 * is read as an {@link ArticleDraft} at any time, valid or not, for the preview and autosave.
 */
class ArticleForm extends FormLayout {

    final TextField title = new TextField("Headline");
    final TextField slug = new TextField("Slug");
    final TextArea standfirst = new TextArea("Standfirst");
    final ArticleBodyField body;
    final ComboBox<SectionSummary> section = new ComboBox<>("Section");
    final MultiSelectComboBox<AuthorProfile> authors = new MultiSelectComboBox<>("Authors");
    final MultiSelectComboBox<TagSummary> tags = new MultiSelectComboBox<>("Tags");
    final TextArea metaDescription = new TextArea("Search description");
    final TextField socialTitle = new TextField("Social headline");
    final MultiSelectComboBox<RelatedChoice> related = new MultiSelectComboBox<>("Pinned related articles");
    private final Binder<ArticleDraftBean> binder = new Binder<>();
    private final SectionTree tree;
    private final List<AuthorProfile> authorList;
    private final TagService tagService;
    private final ArticleService articleService;
    private boolean slugFollowsTitle = true;
    private boolean loading;

    /** A pinned article as the picker shows it. */
    record RelatedChoice(long id, String title) {}

    ArticleForm(
            SectionTree tree, List<AuthorProfile> authorList, TagService tagService, ArticleService articleService) {
        this.tree = tree;
        this.authorList = authorList;
        this.tagService = tagService;
        this.articleService = articleService;
        this.body = new ArticleBodyField(articleService);
        addClassName("article-form");
        configureText();
        configurePickers();
        Details seo = new Details("Search and social", new FormLayout(metaDescription, socialTitle));
        seo.addClassName("seo-details");
        add(title, slug, standfirst, body, section, authors, tags, related, seo);
        setColspan(title, 2);
        setColspan(standfirst, 2);
        setColspan(body, 2);
        setColspan(related, 2);
        setColspan(seo, 2);
        bind();
    }

    private void configureText() {
        title.setMaxLength(ArticleLimits.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        title.addClassName("title-field");
        slug.setMaxLength(ArticleLimits.SLUG_MAX_LENGTH);
        slug.setAllowedCharPattern("[a-z0-9-]");
        slug.setRequiredIndicatorVisible(true);
        slug.addClassName("slug-field");
        standfirst.setMaxLength(ArticleLimits.STANDFIRST_MAX_LENGTH);
        standfirst.addClassName("standfirst-field");
        metaDescription.setMaxLength(ArticleLimits.META_DESCRIPTION_MAX_LENGTH);
        metaDescription.setHelperText("Shown by search engines; the standfirst when empty");
        socialTitle.setMaxLength(ArticleLimits.TITLE_MAX_LENGTH);
        socialTitle.setHelperText("Shown on social cards; the headline when empty");
        for (var field : List.of(title, slug, socialTitle)) {
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
            field.setValueChangeTimeout(700);
        }
        for (var field : List.of(standfirst, metaDescription)) {
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
            field.setValueChangeTimeout(700);
        }
        title.addValueChangeListener(e -> {
            if (slugFollowsTitle && !loading) {
                slug.setValue(Slugs.slugify(e.getValue()));
            }
        });
        slug.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                slugFollowsTitle = e.getValue().isBlank();
            }
            showAddress();
        });
    }

    private void configurePickers() {
        section.setItems(tree.flattened());
        section.setItemLabelGenerator(SectionLabels.trails(tree));
        section.setRenderer(SectionLabels.indented());
        section.setRequiredIndicatorVisible(true);
        section.addClassName("section-field");
        section.addValueChangeListener(e -> showAddress());
        authors.setItems(authorList);
        authors.setItemLabelGenerator(AuthorProfile::name);
        authors.setHelperText("Bylined in the order picked");
        authors.setKeepFilter(true);
        tags.setItemsPageable((page, text) -> tagService
                .list(text, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .getContent());
        tags.setItemLabelGenerator(TagSummary::name);
        tags.setAllowCustomValue(true);
        tags.setHelperText("Type a new name and press Enter to create a tag");
        tags.addCustomValueSetListener(e -> {
            TagSummary created = tagService.findOrCreate(e.getDetail());
            Set<TagSummary> value = new LinkedHashSet<>(tags.getValue());
            value.add(created);
            tags.setValue(value);
        });
        related.setItemsPageable((page, text) ->
                articleService
                        .deskListByTitle(text, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                        .getContent()
                        .stream()
                        .map(row -> new RelatedChoice(row.id(), row.title()))
                        .toList());
        related.setItemLabelGenerator(RelatedChoice::title);
        related.setHelperText("Shown first under the story, in this order");
    }

    private void bind() {
        binder.forField(title)
                .asRequired("Write a headline")
                .withValidator(
                        t -> t.strip().length() <= ArticleLimits.TITLE_MAX_LENGTH,
                        "At most " + ArticleLimits.TITLE_MAX_LENGTH + " characters")
                .bind(ArticleDraftBean::getTitle, ArticleDraftBean::setTitle);
        binder.forField(slug)
                .asRequired("A slug is needed for the address")
                .withValidator(Slugs::isValid, "Lower-case letters, digits and single hyphens, e.g. budget-vote-2026")
                .bind(ArticleDraftBean::getSlug, ArticleDraftBean::setSlug);
        binder.forField(section)
                .asRequired("Choose a section")
                .bind(ArticleDraftBean::getSection, ArticleDraftBean::setSection);
    }

    /**
     * Calls the listener when someone changes a field; filling the form ({@link #read}) does not
     * count, so its caller reacts once rather than once per field.
     */
    void onChange(Runnable listener) {
        for (HasValidation field : fieldsByName().values()) {
            ((com.vaadin.flow.component.HasValue<?, ?>) field).addValueChangeListener(e -> {
                if (!loading) {
                    listener.run();
                }
            });
        }
    }

    /** Fills the form; the slug follows the headline only while the two agree. */
    void read(ArticleDraft draft) {
        loading = true;
        try {
            title.setValue(draft.title());
            slug.setValue(draft.slug());
            standfirst.setValue(Objects.requireNonNullElse(draft.standfirst(), ""));
            body.setValue(draft.body());
            section.setValue(
                    draft.sectionId() == null
                            ? null
                            : tree.byId(draft.sectionId()).orElse(null));
            authors.setValue(draft.authorIds().stream()
                    .flatMap(id -> authorList.stream().filter(a -> a.id() == id))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            tags.setValue(new LinkedHashSet<>(tagService.byIds(draft.tagIds())));
            metaDescription.setValue(Objects.requireNonNullElse(draft.metaDescription(), ""));
            socialTitle.setValue(Objects.requireNonNullElse(draft.socialTitle(), ""));
            Map<Long, DeskArticleRow> rows = articleService.deskRows(draft.pinnedRelatedIds()).stream()
                    .collect(Collectors.toMap(DeskArticleRow::id, r -> r));
            related.setValue(draft.pinnedRelatedIds().stream()
                    .filter(rows::containsKey)
                    .map(id -> new RelatedChoice(
                            id, java.util.Objects.requireNonNull(rows.get(id)).title()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            slugFollowsTitle = draft.slug().isEmpty() || draft.slug().equals(Slugs.slugify(draft.title()));
            binder.getFields().forEach(f -> ((HasValidation) f).setInvalid(false));
        } finally {
            loading = false;
        }
        showAddress();
    }

    /** What the fields hold now, valid or not. */
    ArticleDraft draft() {
        List<Long> authorIds = new ArrayList<>(
                authors.getValue().stream().map(AuthorProfile::id).toList());
        return new ArticleDraft(
                title.getValue(),
                slug.getValue(),
                blankToNull(standfirst.getValue()),
                body.getValue(),
                section.getValue() == null ? null : section.getValue().id(),
                authorIds,
                tags.getValue().stream().map(TagSummary::id).collect(Collectors.toSet()),
                blankToNull(metaDescription.getValue()),
                blankToNull(socialTitle.getValue()),
                related.getValue().stream().map(RelatedChoice::id).toList());
    }

    /** Shows every rule the fields break, next to the field; whether there were none. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The fields a service's refusal may name. */
    Map<String, HasValidation> fieldsByName() {
        return Map.of(
                "title",
                title,
                "slug",
                slug,
                "standfirst",
                standfirst,
                "body",
                body,
                "section",
                section,
                "authors",
                authors,
                "tags",
                tags,
                "metaDescription",
                metaDescription,
                "socialTitle",
                socialTitle,
                "related",
                related);
    }

    void setEditable(boolean editable) {
        List.of(title, slug, standfirst, metaDescription, socialTitle).forEach(f -> f.setReadOnly(!editable));
        body.setReadOnly(!editable);
        section.setReadOnly(!editable);
        authors.setReadOnly(!editable);
        tags.setReadOnly(!editable);
        related.setReadOnly(!editable);
    }

    private void showAddress() {
        SectionSummary chosen = section.getValue();
        slug.setHelperText(
                chosen == null || slug.getValue().isBlank()
                        ? "Choose a section to see the address"
                        : "Address: " + chosen.url() + "/" + slug.getValue());
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** What the binder checks; the form itself is read through {@link #draft()}. */
    static final class ArticleDraftBean {
        private String title = "";
        private String slug = "";
        private @Nullable SectionSummary section;

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getSlug() {
            return slug;
        }

        void setSlug(String slug) {
            this.slug = slug;
        }

        @Nullable
        SectionSummary getSection() {
            return section;
        }

        void setSection(@Nullable SectionSummary section) {
            this.section = section;
        }
    }
}
