package org.broadsheet.content.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * What readers see listed, newest first, as {@link ListedArticle}s. Each listing reads a page from an index kept in exactly
 * its order and stops, so a page costs the same in an archive of a thousand articles or a
 * million; {@link ArticleListingsImpl} says how.
 */
public interface ArticleListings {

    /** Every published article. */
    Slice<ListedArticle> findPublished(Pageable pageable);

    /** Published articles in any of these sections. */
    Slice<ListedArticle> findPublishedInSections(Collection<Long> sectionIds, Pageable pageable);

    /**
     * The newest {@code count} published articles of each group of sections, leaving out some, by
     * the group's key in the order given: several sections' pages at once, such as the home
     * page's blocks below the stories it already shows.
     */
    Map<Long, List<ListedArticle>> findNewestInEachGroup(
            Map<Long, ? extends Collection<Long>> sectionsByGroup, int count, Collection<Long> except);

    /** Published articles with this author in their byline. */
    Slice<ListedArticle> findPublishedByAuthor(long authorId, Pageable pageable);

    /** Published articles with this tag. */
    Slice<ListedArticle> findPublishedByTag(long tagId, Pageable pageable);

    /**
     * Of these articles, the published ones, in no particular order: the stories an editor placed
     * on a front, a search's hits, a menu's articles.
     */
    List<ListedArticle> findListedAmong(Collection<Long> ids);

    /** Candidates for "related": the newest published articles of a section, except one. */
    List<RelatedCandidate> findPublishedInSectionExcept(long sectionId, long exceptId, Pageable limit);

    /**
     * Candidates for "related": the newest published articles since a time that share a tag,
     * except one; an article sharing several tags comes once.
     */
    List<RelatedCandidate> findPublishedWithAnyTagExcept(
            Collection<Long> tagIds, long exceptId, Instant since, Pageable limit);

    /** Of these articles, the published ones, as related candidates: the editors' pins. */
    List<RelatedCandidate> findPublishedAmong(Collection<Long> ids);

    /** How many of these tags each of these articles has, by article; articles with none are left out. */
    Map<Long, Integer> countTagsShared(Collection<Long> articleIds, Collection<Long> tagIds);
}
