package org.broadsheet.content.service;

import java.util.Optional;
import org.broadsheet.base.HtmlSanitizer;
import org.broadsheet.content.domain.StaticPageRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** About, Cookie policy and other pages that live outside the section tree, at {@code /page/{slug}}. */
@Service
public class StaticPageService {

    public static final String URL_PREFIX = "/page/";
    public static final String ABOUT = "about";
    public static final String COOKIE_POLICY = "cookie-policy";

    private final StaticPageRepository pages;

    StaticPageService(StaticPageRepository pages) {
        this.pages = pages;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StaticPageView> find(String slug) {
        return pages.findBySlug(slug)
                .map(page -> new StaticPageView(
                        page.getSlug(),
                        page.getTitle(),
                        HtmlSanitizer.articleBody(page.getBody()),
                        page.getUpdatedAt()));
    }
}
