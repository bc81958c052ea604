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

    // Private-use characters: indexed text never has them, and unlike control characters they
    // survive the highlighter's trimming of a passage that starts with a match.
    public static final char MATCH_START = '\uE000';
    public static final char MATCH_END = '\uE001';
}
