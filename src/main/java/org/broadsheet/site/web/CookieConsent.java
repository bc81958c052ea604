package org.broadsheet.site.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/** The reader's answer to the cookie notice, kept in the one cookie the site sets by itself. */
enum CookieConsent {
    UNANSWERED, ACCEPTED, REFUSED;

    static final String COOKIE = "bs_consent";
    static final Duration KEPT_FOR = Duration.ofDays(365);

    static CookieConsent of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return "accept".equals(cookie.getValue()) ? ACCEPTED
                            : "refuse".equals(cookie.getValue()) ? REFUSED : UNANSWERED;
                }
            }
        }
        return UNANSWERED;
    }

    static ResponseCookie cookieFor(CookieConsent answer, boolean secure) {
        return ResponseCookie.from(COOKIE, answer == ACCEPTED ? "accept" : "refuse")
                .path("/").maxAge(KEPT_FOR).httpOnly(true).secure(secure).sameSite("Lax").build();
    }
}
