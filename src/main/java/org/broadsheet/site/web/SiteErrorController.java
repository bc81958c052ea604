package org.broadsheet.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors that reach the servlet container (unknown files, failures) get a page in the site's design. */
@RestController
class SiteErrorController implements ErrorController {

    private final PageContexts contexts;
    private final InfoPages info;

    SiteErrorController(PageContexts contexts, InfoPages info) {
        this.contexts = contexts;
        this.info = info;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for by name rather than forwarded by the container: there is no such page
        HttpStatus status = code == null
                ? HttpStatus.NOT_FOUND
                : code instanceof Integer i && HttpStatus.resolve(i) != null
                        ? HttpStatus.valueOf(i)
                        : HttpStatus.INTERNAL_SERVER_ERROR;
        PageContext ctx = contexts.of(request);
        String html = switch (status) {
            case NOT_FOUND -> info.notFound(ctx);
            case BAD_REQUEST -> info.badRequest(ctx, "The address or its parameters were not understood.");
            default -> info.failure(ctx);
        };
        return PublicResponses.status(status, html);
    }
}
