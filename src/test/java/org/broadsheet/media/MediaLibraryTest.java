package org.broadsheet.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.broadsheet.testsupport.Acting.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.media.domain.MediaItemRepository;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaFilter;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** The library keeps what it accepts, keeps nothing of what it refuses, and guards who may delete. */
@BroadsheetTest
class MediaLibraryTest {

    @Autowired
    MediaService media;

    @Autowired
    MediaItemRepository items;

    @Autowired
    BroadsheetProperties properties;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void anUploadKeepsTheOriginalAndEveryVariantUnderItsOwnFolder() throws Exception {
        MediaView picture = media.upload("C:\\Users\\tom\\Pictures\\market.jpg", TestPictures.jpeg(1000, 600));
        assertThat(picture.fileName()).isEqualTo("market.jpg");
        assertThat(picture.uploadedBy()).isEqualTo("tom");
        assertThat(picture.width()).isEqualTo(1000);
        assertThat(picture.variants()).extracting(MediaView.Variant::width).containsExactly(320, 480, 640, 960);
        assertThat(picture.variants().getFirst().height()).isEqualTo(192);
        assertThat(picture.described()).isFalse();
        try (Stream<Path> files = Files.list(folder(picture.id()))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(1 + 2 * 4 + 1)
                    .contains("original.jpg");
        }
        for (MediaView.Variant variant : picture.variants()) {
            String name = variant.webp().substring(variant.webp().lastIndexOf('/') + 1);
            assertThat(media.variant(picture.id(), name)).as(name).isPresent();
        }
        assertThat(media.variant(picture.id(), "original.jpg"))
                .as("the original is the desk's only")
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void aRefusedUploadLeavesNoRowAndNoFile() throws Exception {
        long rows = items.count();
        long folders = folders();
        assertThatThrownBy(() -> media.upload("broken.jpg", Arrays.copyOf(TestPictures.jpeg(300, 200), 300)))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> media.upload("bomb.png", TestPictures.pngHeaderOnly(20_000, 20_000)))
                .hasMessageContaining("megapixels");
        assertThat(items.count()).isEqualTo(rows);
        assertThat(folders()).isEqualTo(folders);
    }

    @Test
    @WithMockUser(username = "tom", roles = "AUTHOR")
    void aNewFocalPointMakesNewCropsAtNewAddressesAndRemovesTheOldOnes() {
        MediaView picture = media.upload("square.png", TestPictures.png(700, 700, false));
        MediaView moved = media.describe(
                picture.id(), new MediaDetails("A blue and red square", false, "Colours", "Broadsheet", 0.2f, 0.7f));
        assertThat(moved.described()).isTrue();
        assertThat(moved.socialCard()).isNotEqualTo(picture.socialCard());
        String oldCard = picture.socialCard().substring(picture.socialCard().lastIndexOf('/') + 1);
        String newCard = moved.socialCard().substring(moved.socialCard().lastIndexOf('/') + 1);
        assertThat(media.variant(picture.id(), oldCard)).isEmpty();
        assertThat(media.variant(picture.id(), newCard)).isPresent();
        assertThat(Files.exists(folder(picture.id()).resolve(oldCard))).isFalse();
    }

    @Test
    void aReplacedFileKeepsTheIdWordsAndUsesAndLeavesNoOldVariantBehind() throws Exception {
        MediaView first = as("tom", "AUTHOR", () -> media.upload("before.jpg", TestPictures.jpeg(1000, 600)));
        MediaView described = as(
                "tom",
                "AUTHOR",
                () -> media.describe(
                        first.id(), new MediaDetails("The square before", false, "Caption kept", "Tom", 0.3f, 0.4f)));
        long section = sections.tree().byPath("climate").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                Drafts.of("Replaced", "replaced-picture", null, "<p>x</p>", section, List.of(), Set.of())
                        .withFeaturedImage(new FeaturedImage(
                                first.largest().fallback(), "The square before", null, null, first.id())),
                Workflow.SAVE,
                null));

        assertThatThrownBy(() ->
                        as("ana", "AUTHOR", () -> media.replace(first.id(), "x.png", TestPictures.png(10, 10, true))))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> as(
                        "tom",
                        "AUTHOR",
                        () -> media.replace(first.id(), "broken.jpg", Arrays.copyOf(TestPictures.jpeg(300, 200), 300))))
                .hasMessageContaining("damaged");
        assertThat(as("tom", "AUTHOR", () -> media.find(first.id()))
                        .orElseThrow()
                        .largest())
                .as("a refused file changes nothing")
                .isEqualTo(described.largest());

        MediaView replaced =
                as("tom", "AUTHOR", () -> media.replace(first.id(), "after.png", TestPictures.png(800, 800, true)));
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.fileName()).isEqualTo("after.png");
        assertThat(replaced.width()).isEqualTo(800);
        assertThat(replaced.description()).isEqualTo("The square before");
        assertThat(replaced.caption()).isEqualTo("Caption kept");
        assertThat(replaced.focalX()).isEqualTo(0.3f);
        assertThat(replaced.largest().fallback()).endsWith(".png");
        assertThat(as("tom", "AUTHOR", () -> media.usedBy(first.id()))).containsExactly("the article \"Replaced\"");
        try (Stream<Path> files = Files.list(folder(first.id()))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the new original, its variants and social card; nothing of the old file")
                    .hasSize(1 + 2 * replaced.variants().size() + 1)
                    .contains("original.png")
                    .doesNotContain("original.jpg");
        }
        String oldName =
                described.largest().webp().substring(described.largest().webp().lastIndexOf('/') + 1);
        assertThat(media.variant(first.id(), oldName)).isEmpty();
    }

    @Test
    void authorsDeleteOnlyTheirOwnPicturesAndEditorsAny() throws Exception {
        MediaView toms = as("tom", "AUTHOR", () -> media.upload("toms.gif", TestPictures.gif(50, 40)));
        assertThatThrownBy(() -> as("ana", "AUTHOR", () -> {
                    media.delete(toms.id());
                    return null;
                }))
                .isInstanceOf(DomainException.Forbidden.class);
        as("editor", "EDITOR", () -> {
            media.delete(toms.id());
            return null;
        });
        assertThat(items.findById(toms.id())).isEmpty();
        assertThat(Files.exists(folder(toms.id()))).isFalse();
    }

    @Test
    void theLibraryNarrowsToOnesOwnTheUnusedAndAMonth() throws Exception {
        MediaView toms = as("tom", "AUTHOR", () -> media.upload("filter-toms.jpg", TestPictures.jpeg(400, 300)));
        MediaView anas = as("ana", "AUTHOR", () -> media.upload("filter-anas.jpg", TestPictures.jpeg(400, 300)));
        MediaView used = as(
                "ana",
                "AUTHOR",
                () -> media.describe(anas.id(), new MediaDetails("A filtered picture", false, null, null, 0.5f, 0.5f)));
        long section = sections.tree().byPath("climate").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                Drafts.of("Filtered", "filtered-picture", null, "<p>x</p>", section, List.of(), Set.of())
                        .withFeaturedImage(new FeaturedImage(
                                used.largest().fallback(), used.description(), null, null, used.id())),
                Workflow.SAVE,
                null));
        ZoneId zone = ZoneOffset.UTC;
        YearMonth thisMonth = YearMonth.now(zone);

        assertThat(as("tom", "AUTHOR", () -> names(new MediaFilter("filter-", true, false, null), zone)))
                .containsExactly("filter-toms.jpg");
        assertThat(as("tom", "AUTHOR", () -> names(new MediaFilter("filter-", false, true, null), zone)))
                .containsExactly("filter-toms.jpg");
        assertThat(as("tom", "AUTHOR", () -> names(new MediaFilter("filter-", false, false, thisMonth), zone)))
                .containsExactlyInAnyOrder("filter-toms.jpg", "filter-anas.jpg");
        assertThat(as(
                        "tom",
                        "AUTHOR",
                        () -> names(new MediaFilter("filter-", false, false, thisMonth.minusMonths(1)), zone)))
                .isEmpty();
        assertThat(as("tom", "AUTHOR", () -> media.usedBy(used.id()))).containsExactly("the article \"Filtered\"");
        assertThat(toms.id()).isNotEqualTo(anas.id());
    }

    private List<String> names(MediaFilter filter, ZoneId zone) {
        return media.search(filter, PageRequest.of(0, 50), zone).stream()
                .map(MediaView::fileName)
                .toList();
    }

    @Test
    void nobodyUploadsWithoutLoggingIn() {
        assertThatThrownBy(() -> media.upload("x.jpg", TestPictures.jpeg(10, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Path folder(long id) {
        return properties.dataDir().toAbsolutePath().resolve("media").resolve(Long.toString(id));
    }

    private long folders() throws Exception {
        Path root = properties.dataDir().toAbsolutePath().resolve("media");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.count();
        }
    }
}
