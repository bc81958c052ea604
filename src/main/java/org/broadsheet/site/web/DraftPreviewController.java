package org.broadsheet.site.web;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.broadsheet.content.service.DraftShares;
import org.broadsheet.site.ui.ArticleStory;
import org.broadsheet.site.ui.PageMeta;
import org.broadsheet.site.ui.SitePage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An article shared before publication, read through its private link: never cached by anyone,
 * never indexed, and the link never leaks to another site through the Referer header.
 */
@RestController
class DraftPreviewController {

    private final DraftShares shares;
    private final PageContexts contexts;
    private final InfoPages info;

    DraftPreviewController(DraftShares shares, PageContexts contexts, InfoPages info) {
        this.shares = shares;
        this.contexts = contexts;
        this.info = info;
    }

    @GetMapping(DraftShares.PATH + "{token}")
    ResponseEntity<String> preview(HttpServletRequest request, @PathVariable String token) {
        PageContext ctx = contexts.of(request);
        var found = shares.open(token);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(
                        found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .contentType(PublicResponses.HTML);
        if (found.isEmpty()) {
            return response.body(info.previewGone(ctx));
        }
        var article = found.get();
        Paragraph notice = new Paragraph(
                "A private preview of an article that may not be published yet. It can still change; please do not"
                        + " pass this link on.");
        notice.addClassName("preview-notice");
        notice.getElement().setAttribute("role", "note");
        PageMeta meta = new PageMeta(
                ctx.title(article.title()),
                null,
                null,
                "article",
                null,
                List.of(
                        PageMeta.robots("noindex, nofollow"),
                        new Element("meta").setAttribute("name", "referrer").setAttribute("content", "no-referrer")));
        return response.body(SitePage.render(ctx.frame(), meta, notice, new ArticleStory(article, ctx.zone())));
    }
}
