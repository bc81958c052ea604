package org.broadsheet.media.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.broadsheet.testsupport.S3Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/** The S3 store against a real S3 API server: what the file-system store does, object by object. */
class S3MediaStoreIT {

    private S3MediaStore store;

    @BeforeEach
    void newBucket() {
        String bucket = "store-" + UUID.randomUUID();
        S3Server.createBucket(S3Server.endpoint(), bucket);
        store = new S3MediaStore(settings(bucket));
    }

    @Test
    void whatIsPutIsReadBackListedReplacedAndDeleted() throws Exception {
        store.put(7, "original.jpg", bytes("first"));
        store.put(7, "0123456789abcdef-320.webp", bytes("small"));
        store.put(8, "original.png", bytes("another picture"));

        assertThat(store.names(7)).containsExactly("0123456789abcdef-320.webp", "original.jpg");
        Resource original = store.open(7, "original.jpg").orElseThrow();
        assertThat(original.contentLength()).isEqualTo(5);
        assertThat(original.getContentAsByteArray()).isEqualTo(bytes("first"));

        store.put(7, "original.jpg", bytes("second, longer"));
        assertThat(store.open(7, "original.jpg").orElseThrow().getContentAsByteArray())
                .isEqualTo(bytes("second, longer"));

        store.delete(7, "0123456789abcdef-320.webp");
        assertThat(store.names(7)).containsExactly("original.jpg");
        assertThat(store.open(7, "0123456789abcdef-320.webp")).isEmpty();

        store.deleteAll(7);
        assertThat(store.names(7)).isEmpty();
        assertThat(store.names(8)).as("another picture's files stay").containsExactly("original.png");
    }

    @Test
    void namesBroadsheetDidNotMakeAreNeverAsked() {
        assertThat(store.open(7, "../8/original.png")).isEmpty();
        assertThat(store.open(7, "")).isEmpty();
        assertThatThrownBy(() -> store.put(7, "../8/original.png", bytes("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.names(8)).isEmpty();
    }

    @Test
    void aMissingBucketIsNotWritableAndSaysSoAtOnce() {
        S3MediaStore nowhere = new S3MediaStore(settings("no-such-bucket-" + UUID.randomUUID()));

        assertThat(store.writable()).isTrue();
        assertThat(nowhere.writable()).isFalse();
    }

    @Test
    void withoutABucketTheStoreDoesNotStart() {
        assertThatThrownBy(() ->
                        new S3MediaStore(new S3MediaSettings(null, "media/", null, "us-east-1", true, null, null)))
                .hasMessageContaining("broadsheet.media.s3.bucket");
    }

    private static S3MediaSettings settings(String bucket) {
        URI endpoint = S3Server.endpoint();
        return new S3MediaSettings(bucket, "media/", endpoint, "us-east-1", true, "test", "test");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
