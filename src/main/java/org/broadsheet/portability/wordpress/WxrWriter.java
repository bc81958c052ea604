package org.broadsheet.portability.wordpress;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a WordPress export (WXR 1.2) as a stream, in the shape WordPress's own importer reads:
 * the site, its authors, categories (parents before children) and tags, then one item per post,
 * page or attachment. The mirror of {@link WxrReader}: what one writes the other reads back.
 */
public final class WxrWriter implements AutoCloseable {

    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter RSS_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final String NEVER = "0000-00-00 00:00:00";

    private final XMLStreamWriter xml;
    private final ZoneId zone;

    /** Starts the document; {@code zone} is the site's, in which WordPress keeps its local dates. */
    public WxrWriter(OutputStream out, WxrContents.Site site, String description, ZoneId zone)
            throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        this.zone = zone;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("excerpt", EXCERPT);
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("wp", WP);
        xml.writeStartElement("channel");
        text("title", site.title());
        text("link", site.link());
        text("description", description);
        text("language", "en");
        text(WP, "wxr_version", site.wxrVersion());
        text(WP, "base_site_url", site.link());
        text(WP, "base_blog_url", site.link());
    }

    public void author(long id, WxrContents.Author author) throws XMLStreamException {
        xml.writeStartElement(WP, "author");
        text(WP, "author_id", Long.toString(id));
        cdata(WP, "author_login", author.login());
        cdata(WP, "author_email", "");
        cdata(WP, "author_display_name", author.displayName());
        xml.writeEndElement();
    }

    public void category(WxrContents.Category category) throws XMLStreamException {
        xml.writeStartElement(WP, "category");
        text(WP, "term_id", Long.toString(category.termId()));
        cdata(WP, "category_nicename", category.slug());
        cdata(WP, "category_parent", category.parentSlug());
        cdata(WP, "cat_name", category.name());
        if (category.description() != null) {
            cdata(WP, "category_description", category.description());
        }
        xml.writeEndElement();
    }

    public void tag(WxrContents.Tag tag) throws XMLStreamException {
        xml.writeStartElement(WP, "tag");
        text(WP, "term_id", Long.toString(tag.termId()));
        cdata(WP, "tag_slug", tag.slug());
        cdata(WP, "tag_name", tag.name());
        xml.writeEndElement();
    }

    public void item(WxrItem item) throws XMLStreamException {
        xml.writeStartElement("item");
        cdata("title", item.title());
        text("link", item.link());
        if (item.postDate() != null) {
            text("pubDate", RSS_DATE.format(item.postDate().atOffset(ZoneOffset.UTC)));
        }
        cdata(DC, "creator", item.creator());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(item.guid());
        xml.writeEndElement();
        text("description", "");
        cdata(CONTENT, "encoded", item.content());
        cdata(EXCERPT, "encoded", item.excerpt());
        text(WP, "post_id", Long.toString(item.postId()));
        text(WP, "post_date", local(item.postDate()));
        text(WP, "post_date_gmt", gmt(item.postDate()));
        text(WP, "post_modified", local(item.modified()));
        text(WP, "post_modified_gmt", gmt(item.modified()));
        text(WP, "comment_status", "closed");
        text(WP, "ping_status", "closed");
        cdata(WP, "post_name", item.slug());
        text(WP, "status", item.status());
        text(WP, "post_parent", Long.toString(item.parentId()));
        text(WP, "menu_order", "0");
        text(WP, "post_type", item.type());
        text(WP, "post_password", "");
        text(WP, "is_sticky", item.sticky() ? "1" : "0");
        if (item.attachmentUrl() != null) {
            text(WP, "attachment_url", item.attachmentUrl());
        }
        for (WxrItem.Term term : item.terms()) {
            xml.writeStartElement("category");
            xml.writeAttribute("domain", term.domain());
            xml.writeAttribute("nicename", term.slug());
            writeCdata(term.name());
            xml.writeEndElement();
        }
        for (Map.Entry<String, String> meta : item.meta().entrySet()) {
            xml.writeStartElement(WP, "postmeta");
            cdata(WP, "meta_key", meta.getKey());
            cdata(WP, "meta_value", meta.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private String local(@Nullable Instant at) {
        return at == null ? NEVER : WP_DATE.format(at.atZone(zone));
    }

    private static String gmt(@Nullable Instant at) {
        return at == null ? NEVER : WP_DATE.format(at.atOffset(ZoneOffset.UTC));
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private void text(String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private void cdata(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        writeCdata(value);
        xml.writeEndElement();
    }

    private void cdata(String namespace, String name, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        writeCdata(value);
        xml.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry (control characters) are left out rather than break the file. */
    private static String xmlSafe(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    /** As WordPress writes its texts; a "]]>" inside is split across two sections. */
    private void writeCdata(String value) throws XMLStreamException {
        String[] parts = xmlSafe(value).split("]]>", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
            xml.writeCData(part);
        }
    }
}
