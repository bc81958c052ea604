package org.broadsheet.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which path is unusable and what to do, instead of a stack trace. */
public class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUnusable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusable cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Make " + cause.path() + " writable by the user running Broadsheet, or point BROADSHEET_DATA_DIR "
                        + "(broadsheet.data-dir) at a directory it may write to.",
                cause);
    }
}
