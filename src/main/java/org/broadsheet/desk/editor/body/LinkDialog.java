package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskArticleRow;
import org.springframework.data.domain.PageRequest;

/**
 * A link: to an address on the web (checked), or to an article of this site found by its headline.
 * An article link keeps the article's id, so it follows the article when its address changes.
 */
class LinkDialog extends BodyDialog {

    static final String WEB = "An address on the web";
    static final String ARTICLE = "An article on this site";
    private static final Pattern ADDRESS =
            Pattern.compile("(https?://\\S+|mailto:[^\\s@]+@\\S+|/[^\\s/]\\S*)", Pattern.CASE_INSENSITIVE);

    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Link to");
    final TextField address = new TextField("Address");
    final ComboBox<DeskArticleRow> article = new ComboBox<>("Article");
    private final BodyEditor editor;
    private final ArticleService articles;

    LinkDialog(BodyEditor editor, BodyEditor.Request current, ArticleService articles) {
        super(current.get("href").isEmpty() ? "Add link" : "Edit link");
        this.editor = editor;
        this.articles = articles;
        kind.setItems(WEB, ARTICLE);
        address.setPlaceholder("https://…");
        address.setHelperText("https://, http://, mailto: or / for a page on this site");
        address.setWidthFull();
        article.setPlaceholder("Type words of the headline");
        article.addClassName("link-article");
        article.setWidthFull();
        article.setItemsPageable(
                (page, text) -> articles.deskListByTitle(text, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                        .getContent());
        article.setItemLabelGenerator(LinkDialog::describe);
        kind.addValueChangeListener(e -> {
            address.setVisible(WEB.equals(e.getValue()));
            article.setVisible(ARTICLE.equals(e.getValue()));
        });
        Optional<DeskArticleRow> linked = linkedArticle(current.get("article"));
        linked.ifPresent(article::setValue);
        kind.setValue(linked.isPresent() ? ARTICLE : WEB);
        if (linked.isEmpty()) {
            address.setValue(current.get("href"));
        }
        addToForm(kind, address, article);
        if (!current.get("href").isEmpty()) {
            Button remove = new Button("Remove link", e -> {
                editor.applyLink("", "", "");
                close();
            });
            remove.addThemeVariants(ButtonVariant.ERROR);
            getFooter().addComponentAsFirst(remove);
        }
    }

    @Override
    protected boolean applied() {
        if (ARTICLE.equals(kind.getValue())) {
            DeskArticleRow chosen = article.getValue();
            Optional<String> url = chosen == null ? Optional.empty() : articles.addressOf(chosen.id());
            article.setErrorMessage("Choose an article");
            article.setInvalid(url.isEmpty());
            url.ifPresent(href -> editor.applyLink(href, Long.toString(chosen.id()), chosen.title()));
            return url.isPresent();
        }
        String href = address.getValue().strip();
        boolean valid = isLinkable(href);
        address.setErrorMessage("Use an address that starts with https://, http://, mailto: or /");
        address.setInvalid(!valid);
        if (valid) {
            editor.applyLink(href, "", href);
        }
        return valid;
    }

    /** A web address with a host, an e-mail address, or a path on this site. */
    static boolean isLinkable(String href) {
        if (!ADDRESS.matcher(href).matches()) {
            return false;
        }
        if (href.regionMatches(true, 0, "http", 0, 4)) {
            try {
                return URI.create(href).getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private Optional<DeskArticleRow> linkedArticle(String id) {
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        List<DeskArticleRow> rows = articles.deskRows(List.of(Long.parseLong(id)));
        return rows.stream().findFirst();
    }

    private static String describe(DeskArticleRow row) {
        String status = row.status() == ArticleStatus.PUBLISHED
                ? ""
                : " (" + row.status().label() + ")";
        return row.title() + " — " + row.sectionPath() + status;
    }
}
