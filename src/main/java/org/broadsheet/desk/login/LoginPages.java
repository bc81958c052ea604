package org.broadsheet.desk.login;

import com.vaadin.flow.component.html.Anchor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.broadsheet.people.service.SecondFactorResult;
import org.broadsheet.people.service.TwoFactorService;
import org.broadsheet.site.service.SiteSettingsService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The desk's login: the password form (posted to Spring Security's form login) and the second
 * step for accounts with two-step login. Server-rendered, without a Vaadin UI or an HTTP session
 * until the password was right; {@link LoginPagesFilter} answers with them before Vaadin's servlet
 * sees the request. Errors never say whether the username exists.
 */
@Component
class LoginPages {

    static final String LOGIN = "/desk/login";
    static final String CODE = "/desk/login/code";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final SiteSettingsService settings;
    private final TwoFactorService twoFactor;
    private final SecurityContextRepository contexts;
    private final Clock clock;

    LoginPages(
            SiteSettingsService settings, TwoFactorService twoFactor, SecurityContextRepository contexts, Clock clock) {
        this.settings = settings;
        this.twoFactor = twoFactor;
        this.contexts = contexts;
        this.clock = clock;
    }

    ResponseEntity<String> login(HttpServletRequest request) {
        String error = request.getParameter("error");
        String throttled = request.getParameter(LoginThrottleFilter.THROTTLED_PARAMETER);
        String locked = request.getParameter(LoginFailureRedirect.LOCKED_PARAMETER);
        String expired = request.getParameter("expired");
        LoginPage.Notice notice = lockedUntil(locked)
                .map(this::lockedNotice)
                .orElseGet(() -> throttled != null
                        ? new LoginPage.Notice(
                                "Too many attempts",
                                "Too many failed logins came from your network. Wait a few minutes, then try again.")
                        : expired != null
                                ? new LoginPage.Notice("The login took too long", "Start again with your password.")
                                : error != null
                                        ? new LoginPage.Notice(
                                                "Wrong username or password",
                                                "Check both and try again. After several wrong tries an account is "
                                                        + "locked for a while.")
                                        : null);
        return page(LoginPage.render(
                "Log in · Broadsheet desk",
                "Broadsheet desk",
                null,
                notice,
                LOGIN,
                List.of(
                        new LoginPage.Field("username", "Username", "text", "username", 100),
                        new LoginPage.Field("password", "Password", "password", "current-password", 1000)),
                List.of(),
                "Log in",
                new Anchor("/", "Back to the site")));
    }

    ResponseEntity<String> code(HttpServletRequest request) {
        String wrong = request.getParameter("wrong");
        if (pending(request).isEmpty()) {
            return redirect(LOGIN);
        }
        return page(codePage(
                request,
                wrong == null
                        ? null
                        : new LoginPage.Notice(
                                "That code is not right", "Type the newest code from the app, or a recovery code.")));
    }

    ResponseEntity<String> verify(HttpServletRequest request, HttpServletResponse response) {
        String code = java.util.Objects.requireNonNullElse(request.getParameter("code"), "");
        Optional<PendingLogin> parked = pending(request);
        if (parked.isEmpty()) {
            return redirect(LOGIN + "?expired");
        }
        PendingLogin login = parked.get();
        SecondFactorResult result = twoFactor.verifyLogin(login.username(), code);
        return switch (result) {
            case ACCEPTED -> {
                complete(login, request, response);
                yield redirect(login.targetUrl());
            }
            case REJECTED -> redirect(CODE + "?wrong");
            case REFUSED -> {
                forget(request);
                yield ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noStore())
                        .body(LoginPage.render(
                                "Two-step login · Broadsheet desk",
                                "Two-step login",
                                null,
                                new LoginPage.Notice(
                                        "Too many wrong codes",
                                        "The account is locked for a while. Try again later, or ask an admin."),
                                LOGIN,
                                List.of(),
                                List.of(),
                                "Back to the login",
                                new Anchor("/", "Back to the site")));
            }
        };
    }

    /** Puts the parked authentication in place, as the password step would have done. */
    private void complete(PendingLogin login, HttpServletRequest request, HttpServletResponse response) {
        forget(request);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(login.authentication());
        strategy.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private String codePage(HttpServletRequest request, LoginPage.@Nullable Notice notice) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return LoginPage.render(
                "Two-step login · Broadsheet desk",
                "Two-step login",
                "Open the authenticator app on your phone and type the code it shows for this desk. "
                        + "Lost the phone? Type one of your recovery codes.",
                notice,
                CODE,
                List.of(new LoginPage.Field("code", "Code", "text", "one-time-code", 40)),
                token == null ? List.of() : List.of(new LoginPage.Hidden(token.getParameterName(), token.getToken())),
                "Verify",
                new Anchor(LOGIN, "Start again"));
    }

    private Optional<PendingLogin> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : PendingLogin.from(session.getAttribute(PendingLogin.SESSION_ATTRIBUTE), clock.instant());
    }

    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        }
    }

    private LoginPage.Notice lockedNotice(Instant until) {
        ZoneId zone = settings.identity().zone();
        return new LoginPage.Notice(
                "This account is locked for now",
                "After repeated wrong passwords, logins to it are paused until "
                        + UNTIL.format(until.atZone(zone)) + " (" + zone.getId()
                        + "). Try again then, or ask an admin to unlock it.");
    }

    private static Optional<Instant> lockedUntil(@Nullable String epochSecond) {
        try {
            return epochSecond == null
                    ? Optional.empty()
                    : Optional.of(Instant.ofEpochSecond(Long.parseLong(epochSecond)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(html);
    }

    private static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, location)
                .build();
    }
}
