package org.broadsheet.content;

/** A fix of something a published article got wrong, or news added to it since. */
public enum CorrectionKind {
    CORRECTION("Correction"),
    UPDATE("Update");

    private final String label;

    CorrectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
