package org.broadsheet.people.service;

import java.util.Set;
import org.broadsheet.people.Role;

/** What it takes to open an account. */
public record NewAccount(String username, String displayName, String email, String password, Set<Role> roles) {}
