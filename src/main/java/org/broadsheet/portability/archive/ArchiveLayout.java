package org.broadsheet.portability.archive;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** Where things sit inside an archive, and the JSON settings both directions share. */
final class ArchiveLayout {

    static final String MANIFEST = "manifest.json";

    /** One value per line; the zip entry, not the JSON writer, decides when the stream ends. */
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .rootValueSeparator("\n")
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .build();

    private static final String TABLES = "tables/";
    private static final String MEDIA = "media/";
    /** The names Broadsheet gives media files; anything else in an archive (a "..") is refused. */
    private static final Pattern MEDIA_ENTRY = Pattern.compile("media/([0-9]{1,18})/([a-z0-9][a-z0-9.-]{0,99})");

    record MediaFile(long mediaId, String name) {}

    private ArchiveLayout() {}

    static String tableEntry(String table) {
        return TABLES + table + ".jsonl";
    }

    static String mediaEntry(long mediaId, String name) {
        return MEDIA + mediaId + "/" + name;
    }

    static boolean isMedia(String entry) {
        return entry.startsWith(MEDIA);
    }

    static Optional<MediaFile> mediaFile(String entry) {
        Matcher m = MEDIA_ENTRY.matcher(entry);
        return m.matches() ? Optional.of(new MediaFile(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }
}
