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

    private final SitePages pages;

    SiteErrorController(SitePages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null
                ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status == HttpStatus.NOT_FOUND) {
            return SiteController.html(status, pages.notFound());
        }
        return SiteController.html(status, pages.message("Something went wrong",
                "We could not show this page. Please try again in a moment."));
    }
}
