package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.TestPictures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A picture from the library on an article: described first, offered in every width, kept while used, current after a change. */
@BroadsheetWebTest
class LibraryPictureHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    MediaService media;

    @Autowired
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    AuthorService authors;

    @Test
    void aLibraryPictureIsOfferedInEveryWidthWithItsSizeAndTheLeadIsFetchedFirst() throws Exception {
        MediaView picture = upload("dam.jpg", 1600, 900);
        picture = describe(picture, "A dam holds back a green reservoir", 0.5f);
        publish("The dam that holds the valley", "dam-valley", picture);

        Document page = Jsoup.parse(SiteClient.page(port, "/climate/water/dam-valley"));
        Element img = page.selectFirst(".story figure.featured-image picture img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("A dam holds back a green reservoir");
        assertThat(img.attr("width")).isEqualTo("960");
        assertThat(img.attr("height")).isEqualTo("540");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(img.attr("srcset")).contains(" 320w", " 640w", " 1280w").doesNotContain("1920w");
        assertThat(page.selectFirst(".story picture source[type=image/webp]").attr("srcset"))
                .contains(".webp 320w");
        assertThat(page.select("meta[property=og:image]").attr("content")).endsWith("-social.jpg");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.select("meta[property=og:image:height]").attr("content"))
                .isEqualTo("630");
        assertThat(page.select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("A dam holds back a green reservoir");
        assertThat(img.attr("sizes")).as("the story column").contains("42rem");
        Document listing = Jsoup.parse(SiteClient.page(port, "/climate/water"));
        assertThat(listing.select("article.teaser picture img").attr("sizes"))
                .as("a teaser card asks for a narrower variant than the story")
                .contains("19rem");
        String firstVariant = img.attr("srcset").split(" ")[0];
        assertThat(SiteClient.file(port, firstVariant).statusCode()).isEqualTo(200);
    }

    @Test
    void aPictureWithoutWordsCannotGoOnAnArticleAndOneInUseCannotBeDeleted() throws Exception {
        MediaView bare = upload("bare.png", 500, 400);
        assertThatThrownBy(() -> publish("Bare picture", "bare-picture", bare))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("image"))
                .hasMessageContaining("Describe \"bare.png\"");

        MediaView described = describe(bare, "Rows of solar panels", 0.5f);
        publish("Solar rows", "solar-rows", described);
        assertThatThrownBy(() -> Acting.as("editor", "EDITOR", () -> {
                    media.delete(described.id());
                    return null;
                }))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("the article \"Solar rows\"");
    }

    @Test
    void aNewDescriptionOrFocalPointReachesTheCachedPage() throws Exception {
        MediaView picture = describe(upload("street.jpg", 1000, 700), "A street market", 0.5f);
        publish("Street market", "street-market", picture);
        String before = Jsoup.parse(SiteClient.page(port, "/climate/water/street-market"))
                .select("meta[property=og:image]")
                .attr("content");

        describe(picture, "A street market at noon", 0.2f);

        Document after = Jsoup.parse(SiteClient.page(port, "/climate/water/street-market"));
        assertThat(after.select(".story picture img").attr("alt")).isEqualTo("A street market at noon");
        assertThat(after.select("meta[property=og:image]").attr("content")).isNotEqualTo(before);
    }

    @Test
    void aLibraryPictureInTheBodyIsServedInEveryWidthAndProtectedWhileThere() throws Exception {
        MediaView picture = describe(upload("weir.jpg", 1400, 800), "Water pours over a weir", 0.5f);
        String figure =
                "<figure class=\"image\"><img src=\"" + picture.largest().fallback()
                        + "\" alt=\"The weir after the rain\"><figcaption>After the rain</figcaption></figure>";
        long section = sections.tree().byPath("climate/water").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                Drafts.of("The weir", "the-weir", null, "<p>Text.</p>" + figure, section, List.of(), Set.of()),
                Workflow.PUBLISH,
                null));

        Element img = Jsoup.parse(SiteClient.page(port, "/climate/water/the-weir"))
                .selectFirst(".story-body figure picture img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).as("the body's own words").isEqualTo("The weir after the rain");
        assertThat(img.attr("srcset")).contains(" 320w", " 1280w");
        assertThat(img.attr("loading")).isEqualTo("lazy");
        assertThat(img.attr("width")).isEqualTo("960");
        assertThatThrownBy(() -> Acting.as("editor", "EDITOR", () -> {
                    media.delete(picture.id());
                    return null;
                }))
                .hasMessageContaining("the article \"The weir\"");
    }

    @Test
    void anAuthorPhotoFromTheLibraryIsResponsiveProtectedAndCurrentAfterANewFile() throws Exception {
        MediaView portrait = describe(upload("portrait.jpg", 900, 900), "Mariam at the lectern", 0.5f);
        AuthorProfile mariam = authors.findBySlug("mariam-haddad").orElseThrow();
        Acting.as(
                "editor",
                "EDITOR",
                () -> authors.update(
                        mariam.id(),
                        mariam.name(),
                        mariam.slug(),
                        mariam.bio(),
                        portrait.largest().fallback()));

        Element photo = Jsoup.parse(SiteClient.page(port, "/author/mariam-haddad"))
                .selectFirst(".author-header picture img.author-photo");
        assertThat(photo).isNotNull();
        assertThat(photo.attr("alt")).isEqualTo("Mariam Haddad");
        assertThat(photo.attr("srcset")).contains(" 320w");
        assertThat(photo.attr("sizes")).isEqualTo("6rem");
        assertThatThrownBy(() -> Acting.as("editor", "EDITOR", () -> {
                    media.delete(portrait.id());
                    return null;
                }))
                .hasMessageContaining("the photo of the author \"Mariam Haddad\"");

        Acting.as(
                "tom",
                "AUTHOR",
                () -> media.replace(portrait.id(), "portrait-2.png", TestPictures.png(700, 700, false)));
        Element after = Jsoup.parse(SiteClient.page(port, "/author/mariam-haddad"))
                .selectFirst(".author-header picture img.author-photo");
        assertThat(after.attr("src"))
                .as("the cached author page shows the new file")
                .isNotEqualTo(photo.attr("src"))
                .isEqualTo(media.find(portrait.id()).orElseThrow().largest().fallback());
    }

    private MediaView upload(String name, int width, int height) throws Exception {
        byte[] file = name.endsWith(".png") ? TestPictures.png(width, height, false) : TestPictures.jpeg(width, height);
        return Acting.as("tom", "AUTHOR", () -> media.upload(name, file));
    }

    private MediaView describe(MediaView picture, String description, float focalX) throws Exception {
        return Acting.as(
                "tom",
                "AUTHOR",
                () -> media.describe(
                        picture.id(), new MediaDetails(description, false, null, "Broadsheet", focalX, 0.5f)));
    }

    private void publish(String title, String slug, MediaView picture) {
        long section = sections.tree().byPath("climate/water").orElseThrow().id();
        SystemActor.run(() -> editor.create(
                Drafts.of(title, slug, "Standfirst", "<p>Body</p>", section, List.of(), Set.of())
                        .withFeaturedImage(new FeaturedImage(
                                picture.largest().fallback(), picture.description(), null, null, picture.id())),
                Workflow.PUBLISH,
                null));
    }
}
