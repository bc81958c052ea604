package org.broadsheet.media.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.broadsheet.base.BroadsheetProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The store is the one {@code broadsheet.media.store} names when the site starts. */
class MediaStoreChoiceTest {

    @TempDir
    Path data;

    private final S3MediaSettings bucket =
            new S3MediaSettings("pictures", "media/", URI.create("http://127.0.0.1:9"), "us-east-1", true, "k", "s");

    @Test
    void withoutTheSettingPicturesAreFilesInTheDataDirectory() {
        MediaStore store = choose(new MockEnvironment(), bucket);

        assertThat(store).isInstanceOf(FileSystemMediaStore.class);
        assertThat(store.writable()).isTrue();
        assertThat(data.resolve("media")).isDirectory();
    }

    @Test
    void s3NamesTheBucketStore() throws Exception {
        MediaStore store = choose(new MockEnvironment().withProperty(MediaStoreChoice.PROPERTY, "s3"), bucket);

        assertThat(store).isInstanceOf(S3MediaStore.class);
        ((S3MediaStore) store).destroy();
    }

    @Test
    void s3WithoutABucketSaysWhatIsMissing() {
        S3MediaSettings noBucket = new S3MediaSettings(null, "media/", null, "us-east-1", false, null, null);

        assertThatThrownBy(() -> choose(new MockEnvironment().withProperty(MediaStoreChoice.PROPERTY, "s3"), noBucket))
                .hasMessageContaining("broadsheet.media.s3.bucket");
    }

    @Test
    void anUnknownStoreIsRefusedByName() {
        assertThatThrownBy(() -> choose(new MockEnvironment().withProperty(MediaStoreChoice.PROPERTY, "ftp"), bucket))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broadsheet.media.store is file or s3, not 'ftp'");
    }

    private MediaStore choose(MockEnvironment environment, S3MediaSettings s3) {
        var properties = new BroadsheetProperties(data, true, true, null, 5000, null);
        return new MediaStoreChoice().mediaStore(environment, properties, s3);
    }
}
