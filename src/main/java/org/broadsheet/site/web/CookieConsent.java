package org.broadsheet.site.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.broadsheet.site.ui.Consent;
import org.springframework.http.ResponseCookie;

/** The reader's answer to the cookie notice, kept in the one cookie the site sets by itself. */
final class CookieConsent {

    static final String COOKIE = "bs_consent";
    static final Duration KEPT_FOR = Duration.ofDays(365);

    private CookieConsent() {}

    static Consent of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return "accept".equals(cookie.getValue())
                            ? Consent.ACCEPTED
                            : "refuse".equals(cookie.getValue()) ? Consent.REFUSED : Consent.UNANSWERED;
                }
            }
        }
        return Consent.UNANSWERED;
    }

    static ResponseCookie cookieFor(Consent answer, boolean secure) {
        return ResponseCookie.from(COOKIE, answer == Consent.ACCEPTED ? "accept" : "refuse")
                .path("/")
                .maxAge(KEPT_FOR)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .build();
    }
}
