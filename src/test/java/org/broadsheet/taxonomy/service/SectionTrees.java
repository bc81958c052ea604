package org.broadsheet.taxonomy.service;

import java.util.List;

/** Section trees built in memory, for tests outside this package that draw pages around them. */
public final class SectionTrees {

    private SectionTrees() {}

    public static SectionTree of(SectionSummary... sections) {
        return new SectionTree(List.of(sections));
    }
}
