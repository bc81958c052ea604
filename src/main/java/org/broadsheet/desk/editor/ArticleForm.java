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
import com.vaadin.flow.spring.annotation.SpringComponent;
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
import org.broadsheet.desk.editor.ArticleFormValues.RelatedChoice;
import org.broadsheet.desk.editor.ArticleFormValues.TagChoice;
import org.broadsheet.desk.editor.body.ArticleBodyField;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.desk.sections.SectionLabels;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.broadsheet.taxonomy.service.TagService;
import org.springframework.context.annotation.Scope;
import org.springframework.data.domain.PageRequest;

/**
 * The article's fields with their rules shown next to them, bound once to the values they hold
 * ({@link ArticleFormValues}). The slug follows the headline until someone edits it by hand; the
 * public address it gives is shown under it. What the fields hold is read as an {@link
 * ArticleDraft} at any time, valid or not, for the preview and autosave.
 */
@SpringComponent
@Scope("prototype")
class ArticleForm extends FormLayout {

    final TextField title = new TextField("Headline");
    final TextField slug = new TextField("Slug");
    final TextArea standfirst = new TextArea("Standfirst");
    final ArticleBodyField body;
    final ComboBox<SectionSummary> section = new ComboBox<>("Section");
    final MultiSelectComboBox<AuthorProfile> authors = new MultiSelectComboBox<>("Authors");
    final MultiSelectComboBox<TagChoice> tags = new MultiSelectComboBox<>("Tags");
    final TextArea metaDescription = new TextArea("Search description");
    final TextField socialTitle = new TextField("Social headline");
    final MultiSelectComboBox<RelatedChoice> related = new MultiSelectComboBox<>("Pinned related articles");
    private final Binder<ArticleFormValues> binder = new Binder<>();
    private final SectionTree tree;
    private final List<AuthorProfile> authorList;
    private final TagService tagService;
    private final ArticleService articleService;
    final FeaturedPictureField picture;

    private boolean slugFollowsTitle = true;
    private boolean loading;

    ArticleForm(
            SectionService sections,
            AuthorService authorService,
            TagService tagService,
            ArticleService articleService,
            MediaService media,
            MediaLimits mediaLimits,
            SiteSettingsService settings) {
        this.tree = sections.tree();
        this.authorList = authorService.all();
        this.tagService = tagService;
        this.articleService = articleService;
        PictureLibrary library = new PictureLibrary(media, mediaLimits, settings);
        this.body = new ArticleBodyField(articleService, library);
        this.picture = new FeaturedPictureField(library);
        addClassName("article-form");
        configureText();
        configurePickers();
        Details seo = new Details("Search and social", new FormLayout(metaDescription, socialTitle));
        seo.addClassName("seo-details");
        add(title, slug, standfirst, picture, body, section, authors, tags, related, seo);
        setColspan(picture, 2);
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
        tags.setItemsPageable((page, text) ->
                tagService.list(text, PageRequest.of(page.getPageNumber(), page.getPageSize())).getContent().stream()
                        .map(TagChoice::of)
                        .toList());
        tags.setItemLabelGenerator(TagChoice::name);
        tags.setAllowCustomValue(true);
        tags.setHelperText("Type a new name and press Enter: the tag is created when you save");
        tags.addCustomValueSetListener(e -> {
            String name = e.getDetail().strip();
            if (!name.isEmpty()) {
                Set<TagChoice> value = new LinkedHashSet<>(tags.getValue());
                value.add(new TagChoice(null, name));
                tags.setValue(value);
            }
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
                .bind(v -> v.title, (v, value) -> v.title = value);
        binder.forField(slug)
                .asRequired("A slug is needed for the address")
                .withValidator(Slugs::isValid, "Lower-case letters, digits and single hyphens, e.g. budget-vote-2026")
                .bind(v -> v.slug, (v, value) -> v.slug = value);
        binder.forField(standfirst).bind(v -> v.standfirst, (v, value) -> v.standfirst = value);
        binder.forField(body).bind(v -> v.body, (v, value) -> v.body = value);
        binder.forField(section).asRequired("Choose a section").bind(v -> v.section, (v, value) -> v.section = value);
        binder.forField(authors).bind(v -> v.authors, (v, value) -> v.authors = value);
        binder.forField(tags).bind(v -> v.tags, (v, value) -> v.tags = value);
        binder.forField(metaDescription).bind(v -> v.metaDescription, (v, value) -> v.metaDescription = value);
        binder.forField(socialTitle).bind(v -> v.socialTitle, (v, value) -> v.socialTitle = value);
        binder.forField(related).bind(v -> v.related, (v, value) -> v.related = value);
        binder.forField(picture).bind(v -> v.featuredImage, (v, value) -> v.featuredImage = value);
    }

    /**
     * Calls the listener when someone changes a field; filling the form ({@link #read}) does not
     * count, so its caller reacts once rather than once per field.
     */
    void onChange(Runnable listener) {
        binder.addValueChangeListener(e -> {
            if (!loading) {
                listener.run();
            }
        });
    }

    /** Fills the form; the slug follows the headline only while the two agree. */
    void read(ArticleDraft draft) {
        loading = true;
        try {
            binder.readBean(valuesOf(draft));
            slugFollowsTitle = draft.slug().isEmpty() || draft.slug().equals(Slugs.slugify(draft.title()));
        } finally {
            loading = false;
        }
        showAddress();
    }

    /** What the fields hold now, valid or not: nothing typed is ever dropped for being invalid. */
    ArticleDraft draft() {
        ArticleFormValues values = new ArticleFormValues();
        binder.writeBeanAsDraft(values, true);
        return values.toDraft();
    }

    /** Shows every rule the fields break, next to the field; whether there were none. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The fields a service's refusal may name. */
    Map<String, HasValidation> fieldsByName() {
        return Map.ofEntries(
                Map.entry("title", title),
                Map.entry("slug", slug),
                Map.entry("standfirst", standfirst),
                Map.entry("body", body),
                Map.entry("section", section),
                Map.entry("authors", authors),
                Map.entry("tags", tags),
                Map.entry("metaDescription", metaDescription),
                Map.entry("socialTitle", socialTitle),
                Map.entry("related", related),
                Map.entry("image", picture),
                Map.entry("alt", picture));
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    private ArticleFormValues valuesOf(ArticleDraft draft) {
        ArticleFormValues values = new ArticleFormValues();
        values.title = draft.title();
        values.slug = draft.slug();
        values.standfirst = Objects.requireNonNullElse(draft.standfirst(), "");
        values.body = draft.body();
        values.section =
                draft.sectionId() == null ? null : tree.byId(draft.sectionId()).orElse(null);
        values.authors = draft.authorIds().stream()
                .flatMap(id -> authorList.stream().filter(a -> a.id() == id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        values.tags = tagService.byIds(draft.tagIds()).stream()
                .map(TagChoice::of)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        draft.newTagNames().forEach(name -> values.tags.add(new TagChoice(null, name)));
        values.metaDescription = Objects.requireNonNullElse(draft.metaDescription(), "");
        values.socialTitle = Objects.requireNonNullElse(draft.socialTitle(), "");
        values.featuredImage = draft.featuredImage();
        Map<Long, String> titles = articleService.deskRows(draft.pinnedRelatedIds()).stream()
                .collect(Collectors.toMap(DeskArticleRow::id, DeskArticleRow::title));
        values.related = draft.pinnedRelatedIds().stream()
                .filter(titles::containsKey)
                .map(id -> new RelatedChoice(id, Objects.requireNonNull(titles.get(id))))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return values;
    }

    private void showAddress() {
        SectionSummary chosen = section.getValue();
        slug.setHelperText(
                chosen == null || slug.getValue().isBlank()
                        ? "Choose a section to see the address"
                        : "Address: " + chosen.url() + "/" + slug.getValue());
    }
}
