package org.broadsheet.media.service;

import java.util.List;

/**
 * Where a picture is used, told by the features that use pictures (articles, author profiles), so
 * that one in use is never deleted from under a page.
 */
public interface MediaUsage {

    /** Human-readable names of the places that show the picture ("Article: The cable car …"). */
    List<String> placesUsing(long mediaId);

    /** Every picture it shows somewhere, for the library's "not used anywhere" filter. */
    java.util.Set<Long> picturesInUse();
}
