package org.broadsheet.content.service;

import org.broadsheet.base.Slugs;
import org.broadsheet.content.domain.Article;

/** The article limits that forms show; they live on {@link Article}, this only makes them public API. */
public final class ArticleLimits {

    public static final int TITLE_MAX_LENGTH = Article.TITLE_MAX_LENGTH;
    public static final int STANDFIRST_MAX_LENGTH = Article.STANDFIRST_MAX_LENGTH;
    public static final int BODY_MAX_LENGTH = Article.BODY_MAX_LENGTH;
    public static final int META_DESCRIPTION_MAX_LENGTH = Article.META_DESCRIPTION_MAX_LENGTH;
    public static final int SLUG_MAX_LENGTH = Slugs.MAX_LENGTH;

    private ArticleLimits() {}
}
