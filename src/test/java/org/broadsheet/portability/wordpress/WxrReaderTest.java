package org.broadsheet.portability.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.broadsheet.base.DomainException;
import org.junit.jupiter.api.Test;

/** A WordPress export read as a stream: what it holds comes out; a hostile or broken file is refused saying why. */
class WxrReaderTest {

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- generator="WordPress/6.4" -->
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            <title>Campaign News</title>
            <link>https://campaign.example.org</link>
            <wp:wxr_version>1.2</wp:wxr_version>
            """;

    static final String TAIL = "</channel></rss>\n";

    static final String SAMPLE = HEAD + """
            <wp:author><wp:author_login><![CDATA[maria]]></wp:author_login>
              <wp:author_display_name><![CDATA[María Ruiz]]></wp:author_display_name></wp:author>
            <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>americas</wp:category_nicename>
              <wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Americas]]></wp:cat_name></wp:category>
            <wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>bolivia</wp:category_nicename>
              <wp:category_parent>americas</wp:category_parent><wp:cat_name><![CDATA[Bolivia]]></wp:cat_name></wp:category>
            <wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug>water</wp:tag_slug><wp:tag_name><![CDATA[Water]]></wp:tag_name></wp:tag>
            <item>
              <title>Rain &amp; rivers</title>
              <link>https://campaign.example.org/2021/03/rain-and-rivers/</link>
              <dc:creator><![CDATA[maria]]></dc:creator>
              <guid isPermaLink="false">https://campaign.example.org/?p=42</guid>
              <content:encoded><![CDATA[First line.

            Second <b>paragraph</b>.]]></content:encoded>
              <excerpt:encoded><![CDATA[Rivers rise.]]></excerpt:encoded>
              <wp:post_id>42</wp:post_id>
              <wp:post_date_gmt>2021-03-04 10:20:30</wp:post_date_gmt>
              <wp:post_name>rain-and-rivers</wp:post_name>
              <wp:status>publish</wp:status>
              <wp:post_parent>0</wp:post_parent>
              <wp:post_type>post</wp:post_type>
              <wp:is_sticky>1</wp:is_sticky>
              <category domain="category" nicename="bolivia"><![CDATA[Bolivia]]></category>
              <category domain="post_tag" nicename="water"><![CDATA[Water]]></category>
              <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[77]]></wp:meta_value></wp:postmeta>
              <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Nice]]></wp:comment_content></wp:comment>
            </item>
            <item>
              <title>A draft</title>
              <wp:post_id>43</wp:post_id>
              <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
              <wp:status>draft</wp:status>
              <wp:post_type>post</wp:post_type>
            </item>
            """ + TAIL;

    @Test
    void authorsTermsAndItemsComeOutInOrderWithWhatWordPressSaidOfThem() {
        List<Object> seen = read(SAMPLE);
        assertThat(seen.getFirst())
                .isEqualTo(new WxrContents.Site("Campaign News", "https://campaign.example.org", "1.2"));
        assertThat(seen)
                .contains(
                        new WxrContents.Author("maria", "María Ruiz"),
                        new WxrContents.Category(4, "bolivia", "Bolivia", "americas", null),
                        new WxrContents.Tag(9, "water", "Water"));
        WxrItem post = (WxrItem) seen.get(5);
        assertThat(post.postId()).isEqualTo(42);
        assertThat(post.title()).isEqualTo("Rain & rivers");
        assertThat(post.content()).isEqualTo("First line.\n\nSecond <b>paragraph</b>.");
        assertThat(post.excerpt()).isEqualTo("Rivers rise.");
        assertThat(post.postDate()).isEqualTo(Instant.parse("2021-03-04T10:20:30Z"));
        assertThat(post.sticky()).isTrue();
        assertThat(post.categories()).containsExactly("bolivia");
        assertThat(post.tags()).containsExactly("water");
        assertThat(post.meta()).containsEntry("_thumbnail_id", "77");
        assertThat(post.comments()).isEqualTo(1);
        assertThat(post.link()).isEqualTo("https://campaign.example.org/2021/03/rain-and-rivers/");
        WxrItem draft = (WxrItem) seen.get(6);
        assertThat(draft.postDate()).as("a draft never dated").isNull();
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <rss><channel><wp:wxr_version xmlns:wp="x">1.2</wp:wxr_version><title>&lol3;</title></channel></rss>
                """;
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss><channel><title>&secret;</title></channel></rss>
                """;
        for (String hostile : List.of(laughs, external)) {
            assertThatThrownBy(() -> read(hostile))
                    .isInstanceOf(DomainException.ValidationFailed.class)
                    .hasMessageContaining("DOCTYPE");
        }
    }

    @Test
    void brokenAndForeignFilesAreRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> read(SAMPLE.substring(0, SAMPLE.length() / 2))).hasMessageContaining("cut short");
        assertThatThrownBy(() -> read("<html><body>Not an export</body></html>"))
                .hasMessageContaining("not a WordPress export");
        assertThatThrownBy(
                        () -> read(
                                "<rss version=\"2.0\"><channel><title>A feed</title><item><title>x</title></item></channel></rss>"))
                .hasMessageContaining("not a WordPress export");
        assertThatThrownBy(() -> read("plain text, no XML at all"))
                .isInstanceOf(DomainException.ValidationFailed.class);
        byte[] latin1 = SAMPLE.replace("María", "Mar\u00eda").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new WxrReader().read(new ByteArrayInputStream(latin1), new WxrHandler() {}))
                .hasMessageContaining("encoding");
    }

    @Test
    void oneHugeTextIsRefusedWithoutHoldingTheFile() {
        // a stream, never an array: a 60 MB item text arrives in pieces and is refused at 8 MB
        InputStream huge = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((HEAD + "<item><title>").getBytes(StandardCharsets.UTF_8)),
                new RepeatingStream((byte) 'a', 60L * 1024 * 1024),
                new ByteArrayInputStream(("</title></item>" + TAIL).getBytes(StandardCharsets.UTF_8)))));
        assertThatThrownBy(() -> new WxrReader().read(huge, new WxrHandler() {}))
                .hasMessageContaining("8 MB");
    }

    @Test
    void theThemeUnitTestExportReadsWhole() throws Exception {
        Path fixture = Path.of("../shared/fixtures/wordpress/themeunittestdata.wordpress.xml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(fixture), "the Theme Unit Test file is not here");
        List<Object> seen;
        try (InputStream in = Files.newInputStream(fixture)) {
            seen = read(in);
        }
        List<WxrItem> items = seen.stream()
                .filter(WxrItem.class::isInstance)
                .map(WxrItem.class::cast)
                .toList();
        // the numbers WordPress's own description of the file gives
        assertThat(items.stream().filter(i -> i.type().equals("post")).count()).isEqualTo(58);
        assertThat(items.stream().filter(i -> i.type().equals("page")).count()).isEqualTo(21);
        assertThat(items.stream().filter(i -> i.type().equals("attachment")).count())
                .isEqualTo(37);
        assertThat(seen.stream().filter(WxrContents.Category.class::isInstance).count())
                .isEqualTo(68);
        assertThat(seen.stream().filter(WxrContents.Tag.class::isInstance).count())
                .isEqualTo(110);
    }

    private static List<Object> read(String xml) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Object> read(InputStream in) {
        List<Object> seen = new ArrayList<>();
        new WxrReader().read(in, new WxrHandler() {
            @Override
            public void site(WxrContents.Site site) {
                seen.add(site);
            }

            @Override
            public void author(WxrContents.Author author) {
                seen.add(author);
            }

            @Override
            public void category(WxrContents.Category category) {
                seen.add(category);
            }

            @Override
            public void tag(WxrContents.Tag tag) {
                seen.add(tag);
            }

            @Override
            public void item(WxrItem item) {
                seen.add(item);
            }
        });
        return seen;
    }

    /** A long run of one byte, made as it is read. */
    private static final class RepeatingStream extends InputStream {
        private final byte value;
        private long left;

        RepeatingStream(byte value, long length) {
            this.value = value;
            this.left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, value);
            left -= n;
            return n;
        }
    }
}
