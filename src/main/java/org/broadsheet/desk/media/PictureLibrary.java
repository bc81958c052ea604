package org.broadsheet.desk.media;

import com.vaadin.flow.server.streams.UploadHandler;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.SiteSettingsService;
import org.jspecify.annotations.Nullable;

/** The library opened in place from wherever a picture is wanted (the featured picture, the body's image dialog). */
public final class PictureLibrary {

    private final MediaService media;
    private final long maxUploadBytes;
    private final ZoneId zone;

    public PictureLibrary(MediaService media, MediaLimits limits, SiteSettingsService settings) {
        this.media = media;
        this.maxUploadBytes = limits.maxUploadSize().toBytes();
        this.zone = settings.identity().zone();
    }

    /** Opens the library; {@code picked} gets a described (or decorative) picture, if one is chosen. */
    public void choose(Consumer<MediaView> picked) {
        new MediaPickerDialog(media, maxUploadBytes, zone, picked).open();
    }

    /**
     * Where a file dropped or pasted outside the library is sent: it is added like an upload, then
     * {@code added} gets it (to be described where it was dropped) or {@code refused} says why not.
     */
    public UploadHandler uploads(Consumer<MediaView> added, Consumer<String> refused) {
        return PictureUploadHandler.of(maxUploadBytes, media::upload, added, refused);
    }

    /** Keeps the words given where a new picture was placed, so the library has them too. */
    public MediaView describe(
            MediaView picture,
            @Nullable String description,
            boolean decorative,
            @Nullable String caption,
            @Nullable String credit) {
        return media.describe(
                picture.id(),
                new MediaDetails(description, decorative, caption, credit, picture.focalX(), picture.focalY()));
    }

    /** The picture as it is now, for a field that shows the one it holds. */
    public java.util.Optional<MediaView> find(long id) {
        return media.find(id);
    }
}
