package org.broadsheet.base;

/**
 * Something the desk lists changed: an article of any status was made, saved, moved, binned or
 * published. Every open desk refreshes its lists; the change feed carries it to the other nodes.
 */
public record DeskContentChanged() {

    /** How the change feed writes it. */
    public static final String KEY = "desk";
}
