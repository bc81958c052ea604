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
        return java.util.Set.copyOf(articles.findFeaturedMediaIds());
    }

    @EventListener
    void pictureChanged(MediaChanged change) {
        articles.findFeaturing(change.mediaId()).forEach(events::shownDifferently);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesUsing(long mediaId) {
        return articles.findTitlesFeaturing(mediaId).stream()
                .map(title -> "the article \"" + title + "\"")
                .toList();
    }
}
