package org.broadsheet.content.service;

import java.time.Clock;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.domain.Redirect;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses a site had before it moved to Broadsheet, kept answering with one 301 to where their
 * article or section lives now (and wherever it moves later). An address is a path without its
 * slashes at either end ({@code 2021/03/rain-and-rivers}) or a query on the home page
 * ({@code ?p=42}).
 */
@Service
public class OldAddresses {

    private final Redirects redirects;
    private final Clock clock;

    OldAddresses(Redirects redirects, Clock clock) {
        this.redirects = redirects;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void keepForArticle(String oldAddress, long articleId) {
        redirects.keep(Redirect.fromOldAddress(check(oldAddress), articleId, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void keepForSection(String oldAddress, long sectionId) {
        redirects.keep(Redirect.toSection(check(oldAddress), sectionId, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void keepForStaticPage(String oldAddress, long staticPageId) {
        redirects.keep(Redirect.toStaticPage(check(oldAddress), staticPageId, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void keepForTag(String oldAddress, long tagId) {
        redirects.keep(Redirect.toTag(check(oldAddress), tagId, clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void keepForAuthor(String oldAddress, long authorId) {
        redirects.keep(Redirect.toAuthor(check(oldAddress), authorId, clock.instant()));
    }

    private static String check(String oldAddress) {
        if (oldAddress.isBlank() || oldAddress.startsWith("/") || oldAddress.length() > Redirect.PATH_MAX_LENGTH) {
            throw new DomainException.ValidationFailed("address", "Not an old address: \"" + oldAddress + "\"");
        }
        return oldAddress;
    }
}
