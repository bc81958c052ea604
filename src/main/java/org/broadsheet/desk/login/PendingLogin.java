package org.broadsheet.desk.login;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A login whose password was right and whose second step is still to come. It lives in the
 * HTTP session, not in the security context, so until the code is given the session is as
 * anonymous as before the password.
 *
 * @param authentication what the password step produced, put in place once the code is right
 * @param targetUrl      where the user was going before the login page
 * @param startedAt      when the password was given; the second step must follow soon
 */
record PendingLogin(Authentication authentication, String targetUrl, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_ATTRIBUTE = PendingLogin.class.getName();
    static final Duration TIME_TO_ENTER_CODE = Duration.ofMinutes(5);

    String username() {
        return authentication.getName();
    }

    /** The pending login in a session attribute, if there is one and it has not run out. */
    static Optional<PendingLogin> from(Object attribute, Instant now) {
        return attribute instanceof PendingLogin pending && now.isBefore(pending.startedAt.plus(TIME_TO_ENTER_CODE))
                ? Optional.of(pending)
                : Optional.empty();
    }
}
