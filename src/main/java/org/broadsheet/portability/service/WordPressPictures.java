package org.broadsheet.portability.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.portability.domain.ImportedItem;
import org.broadsheet.portability.domain.ImportedItemRepository;
import org.broadsheet.portability.wordpress.WordPressUploads;
import org.broadsheet.portability.wordpress.WxrContents;
import org.broadsheet.portability.wordpress.WxrHandler;
import org.broadsheet.portability.wordpress.WxrItem;
import org.broadsheet.portability.wordpress.WxrReader;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * The import's first pass: every attachment of the export whose file is in the uploads comes
 * into the picture library, checked and rendered like an upload, with its alternative text and
 * caption. Attachments stand anywhere in the file, so this pass runs before the posts that show
 * them. Done once: importing again finds the pictures it brought in.
 */
@Component
class WordPressPictures {

    static final String MEDIA = "media";

    private final MediaService media;
    private final ImportedItemRepository imported;
    private final Clock clock;

    WordPressPictures(MediaService media, ImportedItemRepository imported, Clock clock) {
        this.media = media;
        this.imported = imported;
        this.clock = clock;
    }

    ImportedPictures bringIn(
            InputStream wxr,
            WordPressUploads uploads,
            ImportOptions options,
            ImportReport report,
            ImportProgress progress) {
        List<WxrItem> attachments = new ArrayList<>();
        String[] source = {""};
        new WxrReader().read(wxr, new WxrHandler() {
            @Override
            public void site(WxrContents.Site site) {
                source[0] = site.link().isBlank() ? site.title() : site.link();
            }

            @Override
            public void item(WxrItem item) {
                if (item.type().equals("attachment")) {
                    attachments.add(item);
                }
            }
        });
        ImportedPictures pictures = new ImportedPictures(options.keepRemoteImages());
        int done = 0;
        for (WxrItem attachment : attachments) {
            if (progress.cancelled()) {
                report.cancel();
                break;
            }
            progress.item(++done, attachment.title());
            pictures.know(attachment);
            bringIn(attachment, source[0], uploads, options.dryRun(), report)
                    .ifPresent(p -> pictures.add(attachment, p));
        }
        return pictures;
    }

    private Optional<MediaView> bringIn(
            WxrItem attachment, String source, WordPressUploads uploads, boolean dryRun, ImportReport report) {
        String key = Long.toString(attachment.postId());
        Optional<ImportedItem> before = imported.findBySourceAndKindAndSourceKey(source, MEDIA, key);
        if (before.isPresent()) {
            Optional<MediaView> there = media.find(before.get().getTargetId());
            if (there.isPresent()) {
                report.count("pictures already there");
                return there;
            }
        }
        String address = attachment.fileAddress();
        Optional<byte[]> file;
        try {
            file = uploads.read(address);
        } catch (IOException e) {
            throw new UncheckedIOException("The uploads could not be read", e);
        }
        if (file.isEmpty()) {
            report.note(label(attachment), "its file is not in the uploads (" + address + ")");
            report.count("pictures missing from the uploads");
            return Optional.empty();
        }
        if (dryRun) {
            report.count("pictures to import");
            return Optional.empty();
        }
        try {
            MediaView made = media.upload(fileName(address), file.get());
            String alt = attachment.meta().get("_wp_attachment_image_alt");
            String caption = Jsoup.parse(attachment.excerpt()).text().strip();
            made = media.describe(
                    made.id(),
                    new MediaDetails(
                            alt == null || alt.isBlank()
                                    ? null
                                    : WordPressImport.shortened(alt, MediaDetails.DESCRIPTION_MAX_LENGTH),
                            false,
                            caption.isEmpty()
                                    ? null
                                    : WordPressImport.shortened(caption, MediaDetails.CAPTION_MAX_LENGTH),
                            null,
                            made.focalX(),
                            made.focalY()));
            if (before.isPresent()) {
                before.get().setTargetId(made.id());
                before.get().setImportedAt(clock.instant());
                imported.save(before.get());
            } else {
                imported.save(new ImportedItem(source, MEDIA, key, made.id(), clock.instant()));
            }
            report.count("pictures imported");
            return Optional.of(made);
        } catch (DomainException e) {
            report.failed(label(attachment), e.getMessage());
            return Optional.empty();
        }
    }

    private static String fileName(String address) {
        String name = address.replaceFirst("[?#].*$", "");
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String label(WxrItem item) {
        return "\"" + (item.title().isBlank() ? "attachment " + item.postId() : item.title()) + "\"";
    }
}
