package org.broadsheet.media.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.broadsheet.base.DomainException;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Every refusal an upload can meet, each with a message that says what to do. */
class UploadCheckTest {

    final UploadCheck check = new UploadCheck(new MediaLimits(DataSize.ofMegabytes(1), 50_000_000));

    @Test
    void eachAcceptedFormatIsRecognisedFromItsBytesWithItsSize() {
        assertThat(check.check(TestPictures.jpeg(40, 30)))
                .isEqualTo(new UploadCheck.CheckedUpload(ImageType.JPEG, 40, 30));
        assertThat(check.check(TestPictures.png(41, 31, true)))
                .isEqualTo(new UploadCheck.CheckedUpload(ImageType.PNG, 41, 31));
        assertThat(check.check(TestPictures.gif(12, 10)))
                .isEqualTo(new UploadCheck.CheckedUpload(ImageType.GIF, 12, 10));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "The file is empty.");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithBothSizes() {
        byte[] big = Arrays.copyOf(TestPictures.jpeg(10, 10), 2 * 1024 * 1024);
        assertRefused(big, "The file is 2.0 MB; files up to 1 MB are accepted.");
    }

    @Test
    void svgIsRefusedAndTheReasonGiven() {
        byte[] svg =
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8);
        assertRefused(svg, "can carry scripts");
    }

    @Test
    void aFileThatIsNoPictureIsRefusedWhateverItsName() {
        assertRefused(
                "just some text, named photo.jpg".getBytes(StandardCharsets.UTF_8), "not a picture Broadsheet accepts");
    }

    @Test
    void aTruncatedPictureIsRefusedAsDamaged() {
        assertRefused(Arrays.copyOf(TestPictures.jpeg(200, 100), 12), "damaged or incomplete");
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeaderAlone() {
        // 33 bytes claiming 9 000 × 8 000: decoding it would need 288 MB
        assertRefused(TestPictures.pngHeaderOnly(9_000, 8_000), "9000 × 8000 pixels (72 megapixels)");
    }

    private void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> check.check(file))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("file"))
                .hasMessageContaining(message);
    }
}
