package org.broadsheet.portability.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** {@code [gallery]}, {@code [gallery ids="12,13"]}: the shortcode WordPress shows pictures side by side with. */
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);

    private static final Pattern IDS = Pattern.compile("ids\\s*=\\s*[\"']?([0-9,\\s]+)");

    /** Every attachment's address and the post it belongs to, imported or not: what a gallery shows. */
    private final Map<Long, String> addresses = new HashMap<>();

    private final Map<Long, List<Long>> attachedTo = new HashMap<>();
    private final Map<Long, MediaView> byAttachment = new HashMap<>();
    private final Map<String, MediaView> byFile = new HashMap<>();
    private final boolean keepRemote;

    ImportedPictures(boolean keepRemote) {
        this.keepRemote = keepRemote;
    }

    void know(WxrItem attachment) {
        addresses.put(attachment.postId(), attachment.fileAddress());
        attachedTo
                .computeIfAbsent(attachment.parentId(), post -> new ArrayList<>())
                .add(attachment.postId());
    }

    /**
     * The post's content with each gallery spelled out as its pictures, one after the other
     * (its own {@code ids}, or else the pictures attached to the post), which the body's
     * conversion turns into figures. Without the uploads no attachment is known and it stays.
     */
    String galleries(WxrItem post) {
        if (addresses.isEmpty() || !post.content().contains("[gallery")) {
            return post.content();
        }
        return GALLERY.matcher(post.content()).replaceAll(m -> {
            Matcher ids = IDS.matcher(m.group(1));
            List<Long> shown = new ArrayList<>();
            if (ids.find()) {
                for (String id : ids.group(1).split(",")) {
                    if (!id.isBlank() && id.strip().length() <= 18) {
                        shown.add(Long.parseLong(id.strip()));
                    }
                }
            } else {
                shown.addAll(attachedTo.getOrDefault(post.postId(), List.of()));
            }
            StringBuilder pictures = new StringBuilder();
            for (long id : shown) {
                String address = addresses.get(id);
                if (address != null) {
                    pictures.append("\n\n<img src=\"")
                            .append(address.replace("\"", "%22"))
                            .append("\" alt=\"\">");
                }
            }
            return Matcher.quoteReplacement(pictures.append("\n\n").toString());
        });
    }

    void add(WxrItem attachment, MediaView picture) {
        byAttachment.put(attachment.postId(), picture);
        WordPressUploads.key(attachment.fileAddress()).ifPresent(key -> byFile.put(key, picture));
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
