package org.broadsheet.portability.service;

/** An export or restore stopped on request; nothing it began is kept. */
public final class ArchiveCancelled extends RuntimeException {

    ArchiveCancelled() {
        super("Cancelled", null, false, false);
    }
}
