package org.broadsheet.portability.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;

/** One thing an import made, under the key the other system gave it. */
@Entity
public class ImportedItem extends BaseEntity {

    /** Which site it came from: the export's own address. */
    @Column(nullable = false, length = 300)
    private String source = "";

    /** {@code article}, {@code section}, {@code author}. */
    @Column(nullable = false, length = 20)
    private String kind = "";

    @Column(nullable = false, length = 200)
    private String sourceKey = "";

    private long targetId;

    @Column(nullable = false)
    private Instant importedAt = Instant.EPOCH;

    protected ImportedItem() {}

    public ImportedItem(String source, String kind, String sourceKey, long targetId, Instant importedAt) {
        this.source = source;
        this.kind = kind;
        this.sourceKey = sourceKey;
        this.targetId = targetId;
        this.importedAt = importedAt;
    }

    public long getTargetId() {
        return targetId;
    }

    /** What it became now: the picture it made was deleted since, and it came in again. */
    public void setTargetId(long targetId) {
        this.targetId = targetId;
    }

    public void setImportedAt(Instant importedAt) {
        this.importedAt = importedAt;
    }
}
