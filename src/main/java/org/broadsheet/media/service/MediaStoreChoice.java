package org.broadsheet.media.service;

import org.broadsheet.base.BroadsheetProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The store pictures go to, as {@code broadsheet.media.store} says when the site starts:
 * {@code file} (the default, under the data directory) or {@code s3} (a bucket several nodes
 * share). Chosen in a bean method rather than by a condition on each store, so that a start from
 * the bean definitions worked out at build time ({@code scripts/prepare-fast-start.sh}) reads the
 * setting too instead of keeping the build's choice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3MediaSettings.class)
class MediaStoreChoice {

    static final String PROPERTY = "broadsheet.media.store";

    @Bean
    MediaStore mediaStore(Environment environment, BroadsheetProperties properties, S3MediaSettings s3) {
        String store = environment.getProperty(PROPERTY, "file");
        return switch (store) {
            case "file" -> new FileSystemMediaStore(properties);
            case "s3" -> new S3MediaStore(s3);
            default -> throw new IllegalStateException(PROPERTY + " is file or s3, not '" + store + "'");
        };
    }
}
