package org.broadsheet.desk.media;

import java.time.ZoneId;
import java.util.function.Consumer;
import org.broadsheet.media.service.MediaLimits;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.SiteSettingsService;

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

    /** The picture as it is now, for a field that shows the one it holds. */
    public java.util.Optional<MediaView> find(long id) {
        return media.find(id);
    }
}
