package org.broadsheet.content.service;

import java.time.Instant;
import java.util.List;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;

/** An article as a list shows it: enough for a headline, a standfirst and a byline. */
public record ArticleTeaser(
        long id,
        String title,
        @Nullable String standfirst,
        String url,
        SectionSummary section,
        List<Byline> bylines,
        Instant publishedAt,
        @Nullable FeaturedImage featuredImage,
        @Nullable MediaView picture) {

    /** As a front shows it: the editors' headline and picture where they chose their own. */
    public ArticleTeaser onFront(@Nullable String headline, @Nullable MediaView frontPicture) {
        return new ArticleTeaser(
                id,
                headline == null ? title : headline,
                standfirst,
                url,
                section,
                bylines,
                publishedAt,
                frontPicture == null ? featuredImage : FeaturedImage.of(frontPicture),
                frontPicture == null ? picture : frontPicture);
    }
}
