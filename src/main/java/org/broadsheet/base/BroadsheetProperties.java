package org.broadsheet.base;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Broadsheet's own settings ({@code broadsheet.*}, or environment variables such as
 * {@code BROADSHEET_DATA_DIR}).
 *
 * @param dataDir       where the embedded database and media live
 * @param demoContent   fill an empty database with demo sections, authors and articles
 * @param adminPassword password of the {@code admin} account created on first start; when
 *                      absent a random one is generated and logged once
 * @param pageCacheSize how many rendered public pages to keep in memory (0 turns the cache off)
 * @param demoPictures  give the newest demo articles featured pictures (drawn at first start, a few
 *                      seconds); tests turn it off
 * @param siteUrl       the public address readers use ({@code https://news.example.org}): the start
 *                      of every absolute URL; when absent, the address of the first request is
 *                      taken once and kept in the site settings, where admins change it
 */
@ConfigurationProperties("broadsheet")
public record BroadsheetProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demoContent,
        @DefaultValue("true") boolean demoPictures,
        @Nullable String adminPassword,
        @DefaultValue("5000") int pageCacheSize,
        @Nullable String siteUrl) {}
