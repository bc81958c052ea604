package org.broadsheet.people.service;

import java.util.Set;

/** What it takes to open an account. */
public record NewAccount(String username, String displayName, String email, String password, Set<Role> roles) {}
