package org.broadsheet.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.jspecify.annotations.Nullable;

/** A byline: who wrote it, with an author page. Contributors need no login to have one. */
@Entity
public class Author extends BaseEntity {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int BIO_MAX_LENGTH = 2000;
    public static final int PHOTO_URL_MAX_LENGTH = 500;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @NotBlank
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @Size(max = BIO_MAX_LENGTH)
    @Column(length = BIO_MAX_LENGTH)
    private @Nullable String bio;

    @Size(max = PHOTO_URL_MAX_LENGTH)
    @Column(length = PHOTO_URL_MAX_LENGTH)
    private @Nullable String photoUrl;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", unique = true)
    private @Nullable UserAccount user;

    protected Author() {}

    public Author(String name, String slug, @Nullable String bio, @Nullable UserAccount user) {
        this.name = name;
        this.slug = slug;
        this.bio = bio;
        this.user = user;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public @Nullable String getBio() {
        return bio;
    }

    public void setBio(@Nullable String bio) {
        this.bio = bio;
    }

    public @Nullable String getPhotoUrl() {
        return photoUrl;
    }

    public void setPhotoUrl(@Nullable String photoUrl) {
        this.photoUrl = photoUrl;
    }

    public @Nullable UserAccount getUser() {
        return user;
    }

    public void setUser(@Nullable UserAccount user) {
        this.user = user;
    }
}
