package org.broadsheet.search.service;

import org.broadsheet.content.service.ArticleTeaser;
import org.jspecify.annotations.Nullable;

/**
 * One result: the article and, when the match was in its text, a passage around it. The
 * passage is plain text; the matched words lie between {@link #MATCH_START} and
 * {@link #MATCH_END}, characters the indexed text never contains, so the page can mark them
 * without ever treating article text as markup.
 */
public record SearchHit(ArticleTeaser article, @Nullable String snippet) {

    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';
}
