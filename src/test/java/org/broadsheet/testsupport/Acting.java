package org.broadsheet.testsupport;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as a named user with one role, for tests where several people take turns. */
public final class Acting {

    private Acting() {}

    public static <T> T as(String user, String role, Callable<T> work) throws Exception {
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(new UsernamePasswordAuthenticationToken(
                user, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(acting);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
