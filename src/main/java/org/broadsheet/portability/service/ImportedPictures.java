package org.broadsheet.portability.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.portability.wordpress.WordPressUploads;
import org.broadsheet.portability.wordpress.WxrItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The export's pictures as they are now in the library: by WordPress attachment id (for a post's
 * featured picture) and by file (for the images in post bodies, resized copies included).
 */
final class ImportedPictures {

    static final ImportedPictures NONE = new ImportedPictures(false);

    private final Map<Long, MediaView> byAttachment = new HashMap<>();
    private final Map<String, MediaView> byFile = new HashMap<>();
    private final boolean keepRemote;

    ImportedPictures(boolean keepRemote) {
        this.keepRemote = keepRemote;
    }

    void add(WxrItem attachment, MediaView picture) {
        byAttachment.put(attachment.postId(), picture);
        String address = attachment.attachmentUrl() != null ? attachment.attachmentUrl() : attachment.guid();
        WordPressUploads.key(address).ifPresent(key -> byFile.put(key, picture));
    }

    /** The post's featured picture ({@code _thumbnail_id}), if it came into the library. */
    @Nullable
    FeaturedImage featured(WxrItem post) {
        String thumbnail = post.meta().get("_thumbnail_id");
        if (thumbnail == null || !thumbnail.matches("\\d{1,18}")) {
            return null;
        }
        MediaView picture = byAttachment.get(Long.parseLong(thumbnail));
        return picture == null
                ? null
                : new FeaturedImage(
                        picture.largest().fallback(), picture.description(), picture.caption(), null, picture.id());
    }

    /**
     * The body with each image pointing at its library picture; an image whose file did not come
     * in keeps its old address if asked to, or else is left out (its caption stays) and said so.
     */
    String relink(String body, Consumer<String> note) {
        if (!body.contains("<img")) {
            return body;
        }
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            MediaView picture = WordPressUploads.key(src).map(byFile::get).orElse(null);
            if (picture != null) {
                img.attr("src", picture.largest().fallback());
            } else if (keepRemote) {
                note.accept("picture " + src + " is not in the uploads: it still loads from the old site");
            } else {
                note.accept("picture " + src + " is not in the uploads: left out");
                img.remove();
            }
        }
        return doc.body().html();
    }
}
