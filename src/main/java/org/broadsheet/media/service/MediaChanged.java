package org.broadsheet.media.service;

/**
 * A picture's words, crops or existence changed: pages showing it must be rendered again (their
 * variant addresses and text alternative change with it). The features that use pictures know
 * which pages those are.
 */
public record MediaChanged(long mediaId) {}
