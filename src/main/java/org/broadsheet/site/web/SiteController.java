package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public site: server-rendered HTML, no session. Paths with a dot are files and never reach
 * here, so the desk's and the site's static assets are served as they are.
 */
@RestController
class SiteController {

    static final int MAX_PAGE = 100_000;

    private final SitePages pages;

    SiteController(SitePages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    ResponseEntity<String> home(@RequestParam(name = "page", required = false) @Nullable String page) {
        return html(HttpStatus.OK, pages.home(pageNumber(page), baseUrl()));
    }

    @GetMapping("/**/{last:[^.]*}")
    ResponseEntity<String> path(HttpServletRequest request,
                                @RequestParam(name = "page", required = false) @Nullable String page) {
        String path = trimSlashes(request.getRequestURI().substring(request.getContextPath().length()));
        return pages.atPath(path, pageNumber(page), baseUrl())
                .map(body -> html(HttpStatus.OK, body))
                .orElseThrow(SitePages.PageNotFound::new);
    }

    @ExceptionHandler(SitePages.PageNotFound.class)
    ResponseEntity<String> notFound() {
        return html(HttpStatus.NOT_FOUND, pages.notFound());
    }

    @ExceptionHandler(BadPageNumber.class)
    ResponseEntity<String> badRequest() {
        return html(HttpStatus.BAD_REQUEST, pages.message("Bad request",
                "The page number must be a whole number from 1 to " + MAX_PAGE + "."));
    }

    static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }

    static int pageNumber(@Nullable String page) {
        if (page == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw new BadPageNumber();
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    static final class BadPageNumber extends RuntimeException {
        BadPageNumber() {
            super(null, null, false, false);
        }
    }
}
