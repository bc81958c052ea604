package org.broadsheet.desk.media;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.Role;
import org.broadsheet.site.service.SiteSettingsService;

/** The pictures library: upload, find, describe, set the focal point, delete what nothing uses. */
@Route("media")
@PageTitle("Pictures · Broadsheet desk")
@Menu(title = "Pictures", order = 2, icon = "vaadin:picture")
@RolesAllowed({Role.Names.AUTHOR, Role.Names.EDITOR, Role.Names.ADMIN})
public class MediaLibraryView extends Main {

    final MediaGrid grid;
    final MediaUpload upload;
    final Div details = new Div();

    private final MediaService media;
    private final long maxUploadBytes;

    MediaLibraryView(MediaService media, MediaLimits limits, SiteSettingsService settings) {
        this.media = media;
        this.maxUploadBytes = limits.maxUploadSize().toBytes();
        addClassName("desk-view");
        grid = new MediaGrid(media, settings.identity().zone());
        upload = new MediaUpload(media.limits(), maxUploadBytes, media::upload, added -> {
            DeskFeedback.done("Added " + added.fileName());
            grid.getDataProvider().refreshAll();
            grid.select(added);
        });
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        details.addClassName("media-details");
        SplitLayout split = new SplitLayout(grid, details);
        split.setSplitterPosition(62);
        split.setSizeFull();
        setSizeFull();
        add(new HorizontalLayout(new H2("Pictures"), grid.filters()), upload, split);
    }

    private void show(MediaView picture) {
        details.removeAll();
        if (picture == null) {
            return;
        }
        details.add(new MediaDetailsPanel(
                media, maxUploadBytes, picture, saved -> grid.getDataProvider().refreshAll(), () -> {
                    details.removeAll();
                    grid.getDataProvider().refreshAll();
                }));
    }
}
