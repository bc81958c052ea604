package org.broadsheet.media.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;

/** What readers fetch: upright, stripped of metadata, at the right widths, cropped around the focal point. */
class RenditionsTest {

    final Renditions renditions = new Renditions();

    @Test
    void theTestPhotoReallyCarriesItsOrientationAndPosition() throws Exception {
        Metadata metadata =
                ImageMetadataReader.readMetadata(new ByteArrayInputStream(TestPictures.jpegWithExif(400, 200, 6)));
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
                .isEqualTo(6);
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
    }

    @Test
    void aPhotoTakenSidewaysIsServedUprightAndWithoutItsPositionOrAnyExif() throws Exception {
        Renditions.Rendered rendered =
                renditions.render(TestPictures.jpegWithExif(400, 200, 6), ImageType.JPEG, "0123456789abcdef", .5f, .5f);
        assertThat(rendered.width()).isEqualTo(200);
        assertThat(rendered.height()).isEqualTo(400);
        for (Renditions.MediaFile file : rendered.files()) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file.bytes()));
            List<String> directories = StreamSupport.stream(
                            metadata.getDirectories().spliterator(), false)
                    .map(Directory::getName)
                    .toList();
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class))
                    .as(file.name())
                    .isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class))
                    .as(file.name() + " has " + directories)
                    .isNull();
        }
        // turned a quarter clockwise: the left (blue) half of the sensor is now the top
        BufferedImage upright = ImageIO.read(
                new ByteArrayInputStream(fileNamed(rendered, "-200.jpg").bytes()));
        assertThat(upright.getWidth()).isEqualTo(200);
        assertThat(blueish(upright.getRGB(100, 20))).isTrue();
        assertThat(blueish(upright.getRGB(100, 380))).isFalse();
    }

    @Test
    void widthsStopAtThePicturesOwnAndEachComesAsWebpAndJpeg() {
        Renditions.Rendered rendered =
                renditions.render(TestPictures.jpeg(1000, 500), ImageType.JPEG, "0123456789abcdef", .5f, .5f);
        assertThat(rendered.files())
                .extracting(Renditions.MediaFile::name)
                .containsExactly(
                        "0123456789abcdef-320.webp",
                        "0123456789abcdef-320.jpg",
                        "0123456789abcdef-480.webp",
                        "0123456789abcdef-480.jpg",
                        "0123456789abcdef-640.webp",
                        "0123456789abcdef-640.jpg",
                        "0123456789abcdef-960.webp",
                        "0123456789abcdef-960.jpg",
                        "0123456789abcdef-social.jpg");
        assertThat(MediaVariants.widthsFor(200)).containsExactly(200);
    }

    @Test
    void aTransparentPictureKeepsItsTransparencyInPng() throws Exception {
        Renditions.Rendered rendered =
                renditions.render(TestPictures.png(400, 300, true), ImageType.PNG, "0123456789abcdef", .5f, .5f);
        assertThat(rendered.hasAlpha()).isTrue();
        BufferedImage png = ImageIO.read(
                new ByteArrayInputStream(fileNamed(rendered, "-320.png").bytes()));
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(png.getRGB(300, 100) >>> 24).isBetween(100, 160);
    }

    @Test
    void theSocialCardKeepsTheFocalPointInView() throws Exception {
        byte[] wide = TestPictures.jpeg(3000, 1000); // left half blue, right half red
        BufferedImage onTheLeft = card(wide, 0.1f);
        BufferedImage onTheRight = card(wide, 0.9f);
        assertThat(onTheLeft.getWidth()).isEqualTo(1200);
        assertThat(onTheLeft.getHeight()).isEqualTo(630);
        assertThat(blueish(onTheLeft.getRGB(600, 315)))
                .as("centre of a card focused left")
                .isTrue();
        assertThat(blueish(onTheRight.getRGB(600, 315)))
                .as("centre of a card focused right")
                .isFalse();
    }

    @Test
    void aSmallPicturesSocialCardIsTheSizeItsPagesSay() throws Exception {
        Renditions.Rendered rendered =
                renditions.render(TestPictures.jpeg(700, 700), ImageType.JPEG, "0123456789abcdef", .5f, .5f);
        BufferedImage card = ImageIO.read(
                new ByteArrayInputStream(fileNamed(rendered, "-social.jpg").bytes()));
        java.awt.Dimension said = MediaVariants.socialCardSize(700, 700);
        assertThat(new int[] {card.getWidth(), card.getHeight()}).containsExactly(said.width, said.height);
        assertThat(said.width).as("never enlarged").isEqualTo(700);
    }

    @Test
    void aCmykPhotoIsServedInSrgbWithItsColours() throws Exception {
        byte[] cyanPrint = TestPictures.cmykJpeg(400, 300, 255, 0, 0, 0);
        Renditions.Rendered rendered = renditions.render(cyanPrint, ImageType.JPEG, "0123456789abcdef", .5f, .5f);
        BufferedImage served = ImageIO.read(
                new ByteArrayInputStream(fileNamed(rendered, "-320.jpg").bytes()));
        assertThat(served.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        int rgb = served.getRGB(160, 120);
        assertThat(new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF})
                .as("full cyan ink is a cyan screen colour: little red, much green and blue")
                .satisfies(c -> assertThat(c[0]).isLessThan(100))
                .satisfies(c -> assertThat(c[1]).isGreaterThan(130))
                .satisfies(c -> assertThat(c[2]).isGreaterThan(180));
    }

    private BufferedImage card(byte[] file, float focalX) throws Exception {
        Renditions.Rendered rendered = renditions.render(file, ImageType.JPEG, "0123456789abcdef", focalX, .5f);
        return ImageIO.read(
                new ByteArrayInputStream(fileNamed(rendered, "-social.jpg").bytes()));
    }

    private static Renditions.MediaFile fileNamed(Renditions.Rendered rendered, String suffix) {
        return rendered.files().stream()
                .filter(f -> f.name().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    private static boolean blueish(int rgb) {
        return (rgb & 0xFF) > 150 && ((rgb >> 16) & 0xFF) < 100;
    }
}
