package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.broadsheet.site.ui.Consent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records the reader's answer to the cookie notice. A form post without JavaScript gets a
 * redirect back to the page it came from; the script's request ({@code Accept: application/json})
 * gets 204 and no reload.
 */
@RestController
class ConsentController {

    @PostMapping("/consent")
    ResponseEntity<Void> consent(
            HttpServletRequest request,
            @RequestParam(name = "choice", required = false) @Nullable String choice,
            @RequestParam(name = "return", required = false) @Nullable String returnPath) {
        if (!"accept".equals(choice) && !"refuse".equals(choice)) {
            return ResponseEntity.badRequest().build();
        }
        Consent answer = "accept".equals(choice) ? Consent.ACCEPTED : Consent.REFUSED;
        String cookie = CookieConsent.cookieFor(answer, request.isSecure()).toString();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("application/json")) {
            return ResponseEntity.noContent()
                    .header(HttpHeaders.SET_COOKIE, cookie)
                    .build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie)
                .location(URI.create(safeReturn(returnPath)))
                .build();
    }

    /**
     * Only a path on this site that is a valid URI reference: never an open redirect to somewhere
     * else, never a failure on characters a browser would have encoded.
     */
    static String safeReturn(@Nullable String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = new URI(path);
            return uri.getRawAuthority() == null && uri.getScheme() == null ? path : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
