package org.broadsheet.media.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Pictures as objects in an S3-compatible bucket, under {@code {prefix}{id}/{name}}: what several
 * nodes share. A put replaces the object whole (S3 never shows half an object). Readers rarely
 * reach the bucket: each node keeps the variants it has served in memory. Made by {@link MediaStoreChoice}.
 */
class S3MediaStore implements MediaStore, DisposableBean {

    /** DeleteObjects takes at most this many keys. */
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3MediaStore(S3MediaSettings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException(
                    "broadsheet.media.store=s3 needs broadsheet.media.s3.bucket (BROADSHEET_MEDIA_S3_BUCKET)");
        }
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.s3 = client(settings);
    }

    private static S3Client client(S3MediaSettings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                // checksums only where the API requires them: servers other than Amazon's differ in the rest
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3MediaSettings settings) {
        if (settings.accessKey() != null && settings.secretKey() != null) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(long mediaId, String name, byte[] bytes) {
        s3.putObject(
                request -> request.bucket(bucket)
                        .key(key(mediaId, name))
                        .contentType(ImageType.ofStoredName(name).contentType()),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<Resource> open(long mediaId, String name) {
        if (!MediaStore.isFileName(name)) {
            return Optional.empty();
        }
        String key = key(mediaId, name);
        try {
            HeadObjectResponse head =
                    s3.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new S3ObjectResource(key, head.contentLength()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<String> names(long mediaId) {
        String folder = folder(mediaId);
        return objects(mediaId).stream()
                .map(object -> object.key().substring(folder.length()))
                .filter(MediaStore::isFileName)
                .sorted()
                .toList();
    }

    @Override
    public void delete(long mediaId, String name) {
        s3.deleteObject(request -> request.bucket(bucket).key(key(mediaId, name)));
    }

    @Override
    public void deleteAll(long mediaId) {
        List<ObjectIdentifier> keys = objects(mediaId).stream()
                .map(object -> ObjectIdentifier.builder().key(object.key()).build())
                .toList();
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH));
            s3.deleteObjects(request -> request.bucket(bucket)
                    .delete(Delete.builder().objects(batch).build()));
        }
    }

    @Override
    public boolean writable() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    private List<S3Object> objects(long mediaId) {
        List<S3Object> found = new ArrayList<>();
        s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(folder(mediaId)))
                .contents()
                .forEach(found::add);
        return found;
    }

    private String folder(long mediaId) {
        return prefix + mediaId + "/";
    }

    private String key(long mediaId, String name) {
        return folder(mediaId) + MediaStore.requireFileName(name);
    }

    @Override
    public void destroy() {
        s3.close();
    }

    /** One object, read when asked for: its length is known from the check that it exists. */
    private final class S3ObjectResource extends AbstractResource {

        private final String key;
        private final long length;

        S3ObjectResource(String key, long length) {
            this.key = key;
            this.length = length;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return s3.getObject(request -> request.bucket(bucket).key(key));
            } catch (SdkException e) {
                throw new IOException("Cannot read s3://" + bucket + "/" + key, e);
            }
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "s3://" + bucket + "/" + key;
        }
    }
}
