package org.broadsheet.people.service;

import java.util.Set;
import org.broadsheet.people.Role;

/** What an admin may change on an existing account (the username stays). */
public record AccountChanges(String displayName, String email, Set<Role> roles, boolean enabled) {}
