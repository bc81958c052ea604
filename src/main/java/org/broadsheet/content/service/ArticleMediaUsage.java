package org.broadsheet.content.service;

import java.util.List;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.media.service.MediaChanged;
import org.broadsheet.media.service.MediaUsage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles and their pictures from the library: tells the library which articles show a picture
 * (the trash included: restoring one must find it), and has the pages of those articles rendered
 * again when the picture changes.
 */
@Component
class ArticleMediaUsage implements MediaUsage {

    private final ArticleRepository articles;
    private final ArticleEvents events;

    ArticleMediaUsage(ArticleRepository articles, ArticleEvents events) {
        this.articles = articles;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> picturesInUse() {
        java.util.Set<Long> ids = new java.util.HashSet<>(articles.findFeaturedMediaIds());
        articles.findBodiesWithPictures().forEach(body -> ids.addAll(ArticleViews.libraryPicturesIn(body)));
        return ids;
    }

    /** What a body's image address starts with for this picture, as a LIKE pattern. */
    private static String address(long mediaId) {
        return "%/media/" + mediaId + "/%";
    }

    @EventListener
    void pictureChanged(MediaChanged change) {
        articles.findShowing(change.mediaId(), address(change.mediaId())).forEach(events::shownDifferently);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesUsing(long mediaId) {
        return articles.findTitlesShowing(mediaId, address(mediaId)).stream()
                .map(title -> "the article \"" + title + "\"")
                .toList();
    }
}
