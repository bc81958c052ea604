package org.broadsheet.taxonomy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;
import org.jspecify.annotations.Nullable;

/**
 * A node of the section tree (Americas › Bolivia). Its {@link #getPath() path} is stored so the
 * site finds a section by URL with one indexed lookup; it is recomputed whenever a slug or a
 * parent changes.
 */
@Entity
public class Section extends BaseEntity {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int PATH_MAX_LENGTH = 1000;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Section parent;

    @Size(max = DESCRIPTION_MAX_LENGTH)
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, unique = true, length = PATH_MAX_LENGTH)
    private String path = "";

    protected Section() {}

    public Section(String name, String slug, @Nullable Section parent, int position) {
        this.name = name;
        this.slug = slug;
        this.parent = parent;
        this.position = position;
        this.path = derivePath();
    }

    /** The path this section's place in the tree gives it, e.g. {@code americas/bolivia}. */
    public String derivePath() {
        return parent == null ? slug : parent.derivePath() + "/" + slug;
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
        this.path = derivePath();
    }

    public @Nullable Section getParent() {
        return parent;
    }

    public void setParent(@Nullable Section parent) {
        this.parent = parent;
        this.path = derivePath();
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getPath() {
        return path;
    }

    /** Re-derives the stored path after an ancestor moved or was renamed. */
    public void refreshPath() {
        this.path = derivePath();
    }
}
