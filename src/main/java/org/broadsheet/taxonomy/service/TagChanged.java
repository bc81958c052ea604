package org.broadsheet.taxonomy.service;

/** A tag was renamed: what other features show or index about its articles may be out of date. */
public record TagChanged(long tagId) {}
