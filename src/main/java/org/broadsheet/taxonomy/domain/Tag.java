package org.broadsheet.taxonomy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.base.Slugs;

/** A free label across sections ("elections", "water"). */
@Entity
public class Tag extends BaseEntity {

    public static final int NAME_MAX_LENGTH = 60;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @NotBlank
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug = "";

    protected Tag() {}

    public Tag(String name, String slug) {
        this.name = name;
        this.slug = slug;
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
}
