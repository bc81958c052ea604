package org.broadsheet.search.service;

/** The index cannot answer (missing, being replaced, broken); callers say so or fall back. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
