package org.broadsheet.media.service;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where pictures live when {@code broadsheet.media.store=s3}: a bucket of Amazon S3 or of any
 * server speaking its API (MinIO, Ceph, Garage, a cloud's object storage).
 *
 * @param bucket    the bucket, made beforehand (Broadsheet never creates or deletes buckets)
 * @param prefix    the start of every key, so a bucket can be shared ({@code media/} by default)
 * @param endpoint  the server's address for anything but Amazon S3 itself ({@code https://s3.example.org})
 * @param region    the region the bucket is in (any value for most other servers)
 * @param pathStyle address the bucket in the path ({@code host/bucket/key}) rather than as a host
 *                  name: what most servers other than Amazon's expect
 * @param accessKey with {@code secretKey}, the credentials; when absent, the AWS SDK's default
 *                  chain (environment, profile, instance role) is asked
 * @param secretKey see {@code accessKey}
 */
@ConfigurationProperties("broadsheet.media.s3")
public record S3MediaSettings(
        @Nullable String bucket,
        @DefaultValue("media/") String prefix,
        @Nullable URI endpoint,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("false") boolean pathStyle,
        @Nullable String accessKey,
        @Nullable String secretKey) {}
