package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * An old public path that must keep working: it points at an article, a section, a static page, a
 * tag or an author, whose
 * current URL is looked up when the redirect is followed, so chains of renames resolve in one hop.
 */
@Entity
public class Redirect extends BaseEntity {

    public static final int PATH_MAX_LENGTH = 1000;

    @Column(nullable = false, unique = true, length = PATH_MAX_LENGTH)
    private String oldPath = "";

    private @Nullable Long articleId;

    private @Nullable Long sectionId;

    private @Nullable Long staticPageId;

    private @Nullable Long tagId;

    private @Nullable Long authorId;

    private @Nullable Long oldSectionId;

    @Column(length = Slugs.MAX_LENGTH)
    private @Nullable String oldSlug;

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Redirect() {}

    private Redirect(String oldPath, @Nullable Long articleId, @Nullable Long sectionId, Instant createdAt) {
        this.oldPath = oldPath;
        this.articleId = articleId;
        this.sectionId = sectionId;
        this.createdAt = createdAt;
    }

    /** From where an article was: its old path, and the section and slug that made it. */
    public static Redirect toArticle(
            String oldPath, long oldSectionId, String oldSlug, long articleId, Instant createdAt) {
        Redirect redirect = new Redirect(oldPath, articleId, null, createdAt);
        redirect.oldSectionId = oldSectionId;
        redirect.oldSlug = oldSlug;
        return redirect;
    }

    /** From an address of another system the article was brought from (a WordPress permalink, {@code ?p=12}). */
    public static Redirect fromOldAddress(String oldPath, long articleId, Instant createdAt) {
        return new Redirect(oldPath, articleId, null, createdAt);
    }

    /** From an address of another system to a static page brought from it. */
    public static Redirect toStaticPage(String oldPath, long staticPageId, Instant createdAt) {
        Redirect redirect = new Redirect(oldPath, null, null, createdAt);
        redirect.staticPageId = staticPageId;
        return redirect;
    }

    /** From an address of another system to a tag's page. */
    public static Redirect toTag(String oldPath, long tagId, Instant createdAt) {
        Redirect redirect = new Redirect(oldPath, null, null, createdAt);
        redirect.tagId = tagId;
        return redirect;
    }

    /** From an address of another system to an author's page. */
    public static Redirect toAuthor(String oldPath, long authorId, Instant createdAt) {
        Redirect redirect = new Redirect(oldPath, null, null, createdAt);
        redirect.authorId = authorId;
        return redirect;
    }

    public static Redirect toSection(String oldPath, long sectionId, Instant createdAt) {
        return new Redirect(oldPath, null, sectionId, createdAt);
    }

    public String getOldPath() {
        return oldPath;
    }

    public @Nullable Long getArticleId() {
        return articleId;
    }

    public @Nullable Long getTagId() {
        return tagId;
    }

    public @Nullable Long getAuthorId() {
        return authorId;
    }

    public @Nullable Long getStaticPageId() {
        return staticPageId;
    }

    public @Nullable Long getSectionId() {
        return sectionId;
    }
}
