package org.broadsheet.desk.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.broadsheet.base.DomainException;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.desk.media.PictureLibrary;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.site.service.SiteSettingsService;
import org.jspecify.annotations.Nullable;

/**
 * The site's logo and icon, chosen from the picture library (or uploaded there on the spot) and
 * saved at once; removing one brings back the name in type, or the icon drawn from its letter.
 */
class SitePicturesPanel extends VerticalLayout {

    final Button chooseLogo = new Button("Choose logo…");
    final Button removeLogo = new Button("Remove logo");
    final Button chooseIcon = new Button("Choose icon…");
    final Button removeIcon = new Button("Remove icon");
    private final Image logo = new Image();
    private final Image icon = new Image();
    private final Span logoSummary = new Span();
    private final Span iconSummary = new Span();
    private final SiteSettingsService settings;

    SitePicturesPanel(SiteSettingsService settings, PictureLibrary library) {
        this.settings = settings;
        setPadding(false);
        addClassName("site-pictures");
        logo.setHeight("48px");
        logo.setAlt("");
        icon.setHeight("32px");
        icon.setAlt("");
        chooseLogo.addClickListener(e -> library.choose(picked -> save(picked.id(), iconId())));
        removeLogo.addClickListener(e -> save(null, iconId()));
        chooseIcon.addClickListener(e -> library.choose(picked -> save(logoId(), picked.id())));
        removeIcon.addClickListener(e -> save(logoId(), null));
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeIcon.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(
                new H3("Logo and icon"),
                new Paragraph("The logo takes the place of the site's name in the header; its description is not"
                        + " used: readers who cannot see it hear the site's name. The icon is what browsers show"
                        + " in the tab; a square picture works best."),
                row(logo, logoSummary, chooseLogo, removeLogo),
                row(icon, iconSummary, chooseIcon, removeIcon));
        show();
    }

    private static HorizontalLayout row(Image image, Span summary, Button choose, Button remove) {
        HorizontalLayout row = new HorizontalLayout(image, summary, choose, remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private @Nullable Long logoId() {
        MediaView shown = settings.identity().logo();
        return shown == null ? null : shown.id();
    }

    private @Nullable Long iconId() {
        MediaView shown = settings.identity().icon();
        return shown == null ? null : shown.id();
    }

    private void save(@Nullable Long logoId, @Nullable Long iconId) {
        try {
            settings.setPictures(logoId, iconId);
            show();
            DeskFeedback.done("Saved the logo and icon");
        } catch (DomainException e) {
            DeskFeedback.refused(e.getMessage());
        }
    }

    private void show() {
        SiteIdentity site = settings.identity();
        showOne(site.logo(), logo, logoSummary, removeLogo, "None: the site's name in type");
        showOne(site.icon(), icon, iconSummary, removeIcon, "None: drawn from the site's first letter");
    }

    private static void showOne(@Nullable MediaView picture, Image image, Span summary, Button remove, String none) {
        image.setVisible(picture != null);
        remove.setVisible(picture != null);
        if (picture != null) {
            image.setSrc(picture.variants().getFirst().webp());
            summary.setText(picture.fileName());
        } else {
            summary.setText(none);
        }
    }
}
