package org.broadsheet.content.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.domain.FrontRepository;
import org.broadsheet.media.service.MediaChanged;
import org.broadsheet.media.service.MediaUsage;
import org.broadsheet.taxonomy.service.SectionService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fronts and the pictures they show in place of an article's: a picture on a front is not deleted
 * from under it, and the pages showing that front are rendered again when the picture changes.
 */
@Component
class FrontMediaUsage implements MediaUsage {

    private final FrontRepository fronts;
    private final SectionService sections;
    private final ApplicationEventPublisher events;

    FrontMediaUsage(FrontRepository fronts, SectionService sections, ApplicationEventPublisher events) {
        this.fronts = fronts;
        this.sections = sections;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> placesUsing(long mediaId) {
        return fronts.findShowingPicture(mediaId).stream()
                .map(front -> front.sectionId() == null
                        ? "the home page's front"
                        : sections.tree()
                                .byId(front.sectionId())
                                .map(s -> "the front of " + s.name())
                                .orElse("a section's front"))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> picturesInUse() {
        return new HashSet<>(fronts.findPictureIds());
    }

    @EventListener
    void pictureChanged(MediaChanged change) {
        Set<String> pages = new HashSet<>();
        fronts.findShowingPicture(change.mediaId())
                .forEach(front -> pages.add(PublicContentChanged.front(front.sectionId())));
        if (!pages.isEmpty()) {
            events.publishEvent(new PublicContentChanged(pages));
        }
    }
}
