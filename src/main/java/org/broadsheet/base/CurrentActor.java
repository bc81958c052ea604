package org.broadsheet.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this thread: a logged-in user, the {@link SystemActor}, or an anonymous reader. */
public final class CurrentActor {

    public static final String ANONYMOUS = "anonymous";

    private CurrentActor() {}

    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? ANONYMOUS : auth.getName();
    }

    /** Whether the actor holds the role, given without its {@code ROLE_} prefix. */
    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String authority = "ROLE_" + role;
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
