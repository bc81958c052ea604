package org.broadsheet.desk.front;

import org.broadsheet.content.FrontPick;
import org.jspecify.annotations.Nullable;

/** A story on the front being arranged: the pick and what the desk shows of its article. */
record FrontPlace(FrontPick pick, String title, String url, boolean shown) {

    FrontPlace withFrontOnly(@Nullable String headline, @Nullable Long mediaId) {
        return new FrontPlace(new FrontPick(pick.articleId(), headline, mediaId), title, url, shown);
    }
}
