package org.broadsheet.content.service;

import java.util.Collection;
import java.util.Map;

/**
 * How alike some articles read to a text: the search feature answers from its index ("more like
 * this"). Related articles use it only to break ties between equally related candidates, so a
 * missing or failing answer changes nothing but the order of equals.
 */
public interface TextSimilarity {

    /** A score per candidate id (higher is more alike); candidates it cannot score are left out. */
    Map<Long, Float> scores(String text, Collection<Long> candidateIds);
}
