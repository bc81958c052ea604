package org.broadsheet.testsupport;

/** WordPress export files the tests write themselves (the real ones are not ours to copy). */
public final class WordPressExports {

    private WordPressExports() {}

    /**
     * A small campaign site's export: two categories (the child listed first), an author, a tag,
     * a published post, a draft, a post without a category, one in the bin, a page and an attachment.
     */
    public static String campaignSite(String firstTitle) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>Old Campaign Site</title>
                <link>https://old-campaign.example.org</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:author><wp:author_login>maria</wp:author_login><wp:author_display_name>María Import</wp:author_display_name></wp:author>
                <wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>riverside</wp:category_nicename>
                  <wp:category_parent>wp-news</wp:category_parent><wp:cat_name>Riverside</wp:cat_name></wp:category>
                <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>wp-news</wp:category_nicename>
                  <wp:category_parent></wp:category_parent><wp:cat_name>WP News</wp:cat_name></wp:category>
                <wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug>floods</wp:tag_slug><wp:tag_name>Floods</wp:tag_name></wp:tag>
                %s
                %s
                %s
                %s
                <item><title>About us</title><wp:post_id>50</wp:post_id><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
                <item><title>photo.jpg</title><link>https://old-campaign.example.org/2021/03/rain-and-rivers/photo/</link>
                  <wp:post_id>51</wp:post_id><wp:post_parent>42</wp:post_parent><wp:status>inherit</wp:status>
                  <wp:post_type>attachment</wp:post_type></item>
                </channel></rss>
                """.formatted(
                        post(
                                42,
                                firstTitle,
                                "rain-and-rivers",
                                "publish",
                                "2021-03-04 10:20:30",
                                "riverside",
                                "The river rose.\\n\\nIt fell again.",
                                "2021/03/rain-and-rivers/"),
                        post(43, "Still a draft", "", "draft", "0000-00-00 00:00:00", "riverside", "Notes.", "?p=43"),
                        post(
                                44,
                                "Filed nowhere",
                                "filed-nowhere",
                                "publish",
                                "2021-03-05 10:00:00",
                                "",
                                "Text.",
                                "filed-nowhere/"),
                        post(
                                45,
                                "In the bin",
                                "in-the-bin",
                                "trash",
                                "2021-03-06 10:00:00",
                                "riverside",
                                "Gone.",
                                "in-the-bin/"));
    }

    /** A whole export: the document and channel around what {@code channel} holds (categories, items). */
    public static String document(String title, String link, String channel) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>%s</title>
                <link>%s</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                %s
                </channel></rss>
                """.formatted(title, link, channel);
    }

    private static String post(
            long id,
            String title,
            String slug,
            String status,
            String date,
            String category,
            String content,
            String path) {
        return """
                <item><title>%s</title><link>https://old-campaign.example.org/%s</link>
                <dc:creator>maria</dc:creator>
                <content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>%d</wp:post_id><wp:post_date_gmt>%s</wp:post_date_gmt><wp:post_name>%s</wp:post_name>
                <wp:status>%s</wp:status><wp:post_type>post</wp:post_type>
                %s
                <category domain="post_tag" nicename="floods"><![CDATA[Floods]]></category>
                </item>
                """.formatted(
                title,
                path,
                content.replace("\\n", "\n"),
                id,
                date,
                slug,
                status,
                category.isEmpty() ? "" : "<category domain=\"category\" nicename=\"" + category + "\">x</category>");
    }
}
