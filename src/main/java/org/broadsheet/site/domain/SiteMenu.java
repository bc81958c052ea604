package org.broadsheet.site.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.broadsheet.base.BaseEntity;

/** A menu the editors arranged (the header's or the footer's), versioned against lost updates. */
@Entity
public class SiteMenu extends BaseEntity {

    @Column(nullable = false, unique = true, length = 20)
    private String name = "";

    @ElementCollection
    @CollectionTable(name = "site_menu_item", joinColumns = @JoinColumn(name = "menu_id"))
    @OrderColumn(name = "position")
    private List<SiteMenuItem> items = new ArrayList<>();

    @Column(nullable = false, length = 50)
    private String updatedBy = "";

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected SiteMenu() {}

    public SiteMenu(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public List<SiteMenuItem> getItems() {
        return items.stream().filter(Objects::nonNull).toList();
    }

    public long getVersion() {
        return version;
    }

    public void arrange(List<SiteMenuItem> entries, String by, Instant at) {
        items.clear();
        items.addAll(entries);
        updatedBy = by;
        updatedAt = at;
    }
}
