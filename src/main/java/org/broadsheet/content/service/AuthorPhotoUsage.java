package org.broadsheet.content.service;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.media.service.MediaChanged;
import org.broadsheet.media.service.MediaUsage;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.people.service.AuthorService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Author photos from the library: a profile showing a picture protects it from deletion and counts
 * as a use, and its author page is rendered again when the picture changes.
 */
@Component
class AuthorPhotoUsage implements MediaUsage {

    private static final String LIBRARY = "/media/";

    private final AuthorService authors;
    private final ApplicationEventPublisher events;

    AuthorPhotoUsage(AuthorService authors, ApplicationEventPublisher events) {
        this.authors = authors;
        this.events = events;
    }

    @Override
    public Set<Long> picturesInUse() {
        return authorsShowing(LIBRARY).stream()
                .map(author -> MediaView.idIn(Objects.requireNonNull(author.photoUrl())))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public List<String> placesUsing(long mediaId) {
        return authorsShowing(folder(mediaId)).stream()
                .map(author -> "the photo of the author \"" + author.name() + "\"")
                .toList();
    }

    @EventListener
    void pictureChanged(MediaChanged change) {
        Set<String> pages = authorsShowing(folder(change.mediaId())).stream()
                .map(author -> PublicContentChanged.author(author.id()))
                .collect(Collectors.toSet());
        if (!pages.isEmpty()) {
            events.publishEvent(new PublicContentChanged(pages));
        }
    }

    private List<AuthorProfile> authorsShowing(String addressPrefix) {
        return authors.withPhotoAt(addressPrefix);
    }

    private static String folder(long mediaId) {
        return LIBRARY + mediaId + "/";
    }
}
