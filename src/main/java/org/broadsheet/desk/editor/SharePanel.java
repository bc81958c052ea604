package org.broadsheet.desk.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.broadsheet.content.service.DraftShares;
import org.broadsheet.desk.DeskFeedback;
import org.jspecify.annotations.Nullable;

/**
 * Preview links for people without an account (a source checking a quote, a lawyer reading before
 * publication): made here, shown once in full, listed with their expiry, revoked with one click.
 */
class SharePanel extends VerticalLayout {

    final Button create = new Button("Create a preview link");
    final TextField address = new TextField("Preview link");
    final Grid<DraftShares.Link> links = new Grid<>();
    private final Paragraph explanation = new Paragraph();
    private final DraftShares shares;
    private final ZoneId zone;
    private final @Nullable String publicUrl;
    private @Nullable Long articleId;

    SharePanel(DraftShares shares, ZoneId zone, @Nullable String publicUrl) {
        this.shares = shares;
        this.zone = zone;
        this.publicUrl = publicUrl;
        addClassName("share-panel");
        setPadding(false);
        explanation.setText("Anyone with the link can read the article as it will look, without an account, for "
                + DraftShares.LIFETIME.toDays() + " days or until you revoke it. Search engines never index it.");
        create.addClickListener(e -> createLink());
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText("Shown only now: copy it and send it. It opens the article as last saved.");
        address.setVisible(false);
        links.addColumn(l -> when(l.createdAt()) + " by " + l.createdBy()).setHeader("Made");
        links.addColumn(l -> l.works() ? "until " + when(l.expiresAt()) : "no longer works")
                .setHeader("Works");
        links.addComponentColumn(l -> {
                    Button revoke = new Button("Revoke", e -> revoke(l));
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.setAriaLabel("Revoke the preview link made " + when(l.createdAt()));
                    revoke.setVisible(l.works());
                    return revoke;
                })
                .setKey("revoke")
                .setAutoWidth(true)
                .setFlexGrow(0);
        links.setAllRowsVisible(true);
        add(explanation, create, address, links);
        show(null);
    }

    void show(@Nullable Long articleId) {
        this.articleId = articleId;
        create.setEnabled(articleId != null);
        address.setVisible(false);
        links.setItems(articleId == null ? java.util.List.of() : shares.of(articleId));
    }

    private void createLink() {
        if (articleId == null) {
            return;
        }
        DraftShares.Created made = shares.create(articleId);
        address.setValue((publicUrl == null ? "" : publicUrl) + made.path());
        address.setVisible(true);
        links.setItems(shares.of(articleId));
        DeskFeedback.done("Preview link made");
    }

    private void revoke(DraftShares.Link link) {
        shares.revoke(link.id());
        show(articleId);
        DeskFeedback.done("Preview link revoked: it no longer opens the article");
    }

    private String when(java.time.Instant at) {
        return DeskFeedback.dateTime(at, zone);
    }
}
