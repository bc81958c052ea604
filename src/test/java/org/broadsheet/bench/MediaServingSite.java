package org.broadsheet.bench;

import java.util.List;
import java.util.Set;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.taxonomy.service.SectionService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo site plus one article led by a camera-sized photograph (4000 × 3000 JPEG), served on a
 * port until killed, for {@code bench/media-serving.sh}. Prints {@code READY <path> <media id>}.
 *
 * <p>Arguments: port, data directory.
 */
public final class MediaServingSite {

    private MediaServingSite() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--server.port=" + args[0],
                "--broadsheet.data-dir=" + args[1],
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
                "--logging.level.root=WARN");
        MediaService media = app.getBean(MediaService.class);
        byte[] photo = BenchPhotos.encode(BenchPhotos.photo(4000, 3000), "jpeg");
        MediaView picture = SystemActor.call(() -> media.describe(
                media.upload("camera-4000x3000.jpg", photo).id(),
                new MediaDetails(
                        "A gradient from blue to sand, grainy as a photograph", false, null, "Bench", .5f, .5f)));
        long section = SystemActor.call(() ->
                app.getBean(SectionService.class).tree().roots().getFirst().id());
        ArticleDraft draft = new ArticleDraft(
                "A photograph at camera size",
                "a-photograph-at-camera-size",
                "The lead picture was uploaded as a 4000 by 3000 JPEG.",
                "<p>What a reader's phone fetches of a camera file.</p>",
                section,
                List.of(),
                Set.of(),
                null,
                null,
                List.of(),
                new FeaturedImage(picture.largest().fallback(), picture.description(), null, null, picture.id()),
                Set.of());
        EditableArticle article =
                SystemActor.call(() -> app.getBean(ArticleEditor.class).create(draft, Workflow.PUBLISH, null));
        String path = SystemActor.call(() -> app.getBean(ArticleEditor.class).preview(article.id(), draft))
                .orElseThrow()
                .url();
        System.out.println("READY " + path + " " + picture.id() + " " + photo.length);
        Thread.currentThread().join();
    }
}
