package org.broadsheet.content.service;

import java.util.Map;

/**
 * How alike some short texts read to another: the search feature answers with its analyzer, so
 * "cities" and "city" meet. Related articles use it only to break ties between equally related
 * candidates, so a missing or failing answer changes nothing but the order of equals.
 */
public interface TextSimilarity {

    /** A score per candidate id (higher is more alike) for the candidates' texts; zero when nothing is shared. */
    Map<Long, Float> scores(String text, Map<Long, String> candidateTexts);
}
