package org.broadsheet.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.broadsheet.content.FeaturedImage;
import org.jspecify.annotations.Nullable;

/**
 * A published article as a listing reads it: the columns its teaser shows and its byline's author
 * ids, in one row. Not its body, tags or anything else a story page needs: a page of listings
 * read whole articles for a headline and a byline, and reading them was a quarter of the home page.
 */
public record ListedArticle(
        long id,
        long sectionId,
        String slug,
        String title,
        @Nullable String standfirst,
        Instant publishedAt,
        @Nullable FeaturedImage featuredImage,
        List<Long> authorIds) {

    public ListedArticle {
        authorIds = List.copyOf(authorIds);
    }

    /** A published article already read whole, as a listing shows it: the desk's lists of candidates. */
    public static ListedArticle of(Article article) {
        return new ListedArticle(
                article.requireId(),
                article.getSectionId(),
                article.getSlug(),
                article.getTitle(),
                article.getStandfirst(),
                Objects.requireNonNull(article.getPublishedAt(), "a listed article is published"),
                article.getFeaturedImage(),
                article.getAuthorIds());
    }
}
