package org.broadsheet.portability.wordpress;

import java.io.CharConversionException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.broadsheet.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream, handing each author, term and item to a
 * {@link WxrHandler}: memory stays flat whatever the file's size. A file that declares a DOCTYPE
 * is refused before anything in it is expanded (WordPress never writes one; it is how entity
 * bombs and external-entity reads arrive), and so are files that are not WXR, that end early,
 * that are not in their declared encoding, or whose one text is implausibly large.
 */
public final class WxrReader {

    /** More than any real post: a single text beyond it is a hostile or broken file. */
    static final int MAX_TEXT_CHARS = 8 * 1024 * 1024;

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final XMLInputFactory factory;

    public WxrReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * Reads the whole export.
     *
     * @throws DomainException.ValidationFailed saying what is wrong with the file, and where
     */
    public void read(InputStream in, WxrHandler handler) {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            new Walk(xml, handler).document();
        } catch (XMLStreamException e) {
            throw refused(explain(e), xml);
        } finally {
            close(xml);
        }
    }

    private static String explain(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof CharConversionException || cause instanceof java.nio.charset.CharacterCodingException) {
            return "The file is not in the encoding it declares (WordPress writes UTF-8): " + e.getMessage();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("XML document structures must start and end")
                || message.contains("end of file")
                || message.contains("Premature end")) {
            return "The file ends before the export does: it was cut short while copying or downloading.";
        }
        return "The file is not well-formed XML: "
                + message.replaceAll("^ParseError at \\[[^]]*]\\s*\\n?Message: ", "");
    }

    private static DomainException.ValidationFailed refused(String why, @Nullable XMLStreamReader xml) {
        String where = "";
        if (xml != null && xml.getLocation() != null && xml.getLocation().getLineNumber() > 0) {
            where = " (line " + xml.getLocation().getLineNumber() + ")";
        }
        return new DomainException.ValidationFailed("file", why + where);
    }

    private static void close(@Nullable XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing more to read from it either way
            }
        }
    }

    /** One pass over one file. */
    private static final class Walk {

        private final XMLStreamReader xml;
        private final WxrHandler handler;
        private boolean sawVersion;

        Walk(XMLStreamReader xml, WxrHandler handler) {
            this.xml = xml;
            this.handler = handler;
        }

        void document() throws XMLStreamException {
            int event = next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                event = next();
            }
            if (!xml.getLocalName().equals("rss")) {
                throw refused("This is not a WordPress export (WXR): it does not start with <rss>.", xml);
            }
            boolean channel = false;
            while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("channel")) {
                    channel = true;
                    channel();
                }
            }
            if (!channel || !sawVersion) {
                throw refused(
                        "This is an RSS feed, not a WordPress export (WXR): it has no <wp:wxr_version>."
                                + " Export from WordPress under Tools › Export.",
                        xml);
            }
        }

        private void channel() throws XMLStreamException {
            String title = "";
            String link = "";
            boolean siteTold = false;
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                switch (name) {
                    case "title" -> title = text();
                    case "link" -> link = text();
                    case "wxr_version" -> {
                        sawVersion = true;
                        handler.site(new WxrContents.Site(title, link, text()));
                        siteTold = true;
                    }
                    case "author" -> author();
                    case "category" -> category();
                    case "tag" -> tag();
                    case "item" -> {
                        if (!siteTold) {
                            throw refused("This is not a WordPress export (WXR): it has no <wp:wxr_version>.", xml);
                        }
                        item();
                    }
                    default -> skip();
                }
            }
        }

        private void author() throws XMLStreamException {
            Map<String, String> fields = fields();
            handler.author(new WxrContents.Author(
                    fields.getOrDefault("author_login", ""),
                    fields.getOrDefault("author_display_name", fields.getOrDefault("author_login", ""))));
        }

        private void category() throws XMLStreamException {
            Map<String, String> fields = fields();
            handler.category(new WxrContents.Category(
                    number(fields.get("term_id")),
                    fields.getOrDefault("category_nicename", ""),
                    fields.getOrDefault("cat_name", ""),
                    fields.getOrDefault("category_parent", ""),
                    emptyToNull(fields.get("category_description"))));
        }

        private void tag() throws XMLStreamException {
            Map<String, String> fields = fields();
            handler.tag(new WxrContents.Tag(
                    number(fields.get("term_id")),
                    fields.getOrDefault("tag_slug", ""),
                    fields.getOrDefault("tag_name", "")));
        }

        private void item() throws XMLStreamException {
            Map<String, String> fields = new LinkedHashMap<>();
            List<WxrItem.Term> terms = new ArrayList<>();
            Map<String, String> meta = new LinkedHashMap<>();
            int comments = 0;
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                switch (name) {
                    case "category" -> {
                        String domain = attribute("domain");
                        String slug = attribute("nicename");
                        String label = text();
                        if (!domain.isEmpty()) {
                            terms.add(new WxrItem.Term(domain, slug.isEmpty() ? label : slug, label));
                        }
                    }
                    case "postmeta" -> {
                        Map<String, String> pair = fields();
                        meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
                    }
                    case "comment" -> {
                        comments++;
                        skip();
                    }
                    case "encoded" -> fields.put(namespace.contains("excerpt") ? "excerpt" : "content", text());
                    default -> fields.put(name, text());
                }
            }
            String status = fields.getOrDefault("status", "");
            handler.item(new WxrItem(
                    number(fields.get("post_id")),
                    fields.getOrDefault("post_type", ""),
                    status,
                    fields.getOrDefault("title", ""),
                    fields.getOrDefault("link", ""),
                    fields.getOrDefault("guid", ""),
                    fields.getOrDefault("creator", ""),
                    fields.getOrDefault("content", ""),
                    fields.getOrDefault("excerpt", ""),
                    fields.getOrDefault("post_name", ""),
                    date(fields.get("post_date_gmt"), fields.get("post_date")),
                    date(fields.get("post_modified_gmt"), fields.get("post_modified")),
                    "1".equals(fields.get("is_sticky")),
                    number(fields.get("post_parent")),
                    emptyToNull(fields.get("attachment_url")),
                    List.copyOf(terms),
                    meta,
                    comments));
        }

        /** The text of each child element, by local name: for the small records (authors, terms, meta). */
        private Map<String, String> fields() throws XMLStreamException {
            Map<String, String> fields = new LinkedHashMap<>();
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    fields.put(xml.getLocalName(), text());
                }
            }
            return fields;
        }

        /** The text of the current element, which must hold no elements; bounded in size. */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int event;
            while ((event = next()) != XMLStreamConstants.END_ELEMENT) {
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + xml.getTextLength() > MAX_TEXT_CHARS) {
                            throw refused(
                                    "One text in the file is larger than " + MAX_TEXT_CHARS / (1024 * 1024)
                                            + " MB: that is no WordPress post.",
                                    xml);
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw refused(
                                "The file uses an entity (&" + xml.getLocalName() + ";) it does not define.", xml);
                    case XMLStreamConstants.START_ELEMENT -> skip();
                    default -> {
                        // comments and processing instructions inside a field carry nothing
                    }
                }
            }
            return text.toString().strip();
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private String attribute(String name) {
            String value = xml.getAttributeValue(null, name);
            return value == null ? "" : value;
        }

        private int next() throws XMLStreamException {
            if (!xml.hasNext()) {
                throw refused(
                        "The file ends before the export does: it was cut short while copying or downloading.", xml);
            }
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw refused(
                        "The file declares a DOCTYPE. WordPress exports never do, and a DOCTYPE is how files that"
                                + " expand into gigabytes or read other files on the server arrive; it was not read.",
                        xml);
            }
            return event;
        }
    }

    private static long number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** WordPress writes GMT dates as "2015-01-27 14:56:57", or all zeros for a draft never dated. */
    static @Nullable Instant date(@Nullable String gmt, @Nullable String local) {
        for (String value : new String[] {gmt, local}) {
            if (value != null && !value.isBlank() && !value.startsWith("0000")) {
                try {
                    return LocalDateTime.parse(value.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    // try the other one
                }
            }
        }
        return null;
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
