package org.broadsheet.people.service;

/** An author profile was renamed or rewritten: bylines shown or indexed elsewhere may be out of date. */
public record AuthorChanged(long authorId) {}
