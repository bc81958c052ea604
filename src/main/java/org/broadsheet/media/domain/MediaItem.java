package org.broadsheet.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.broadsheet.base.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded picture: what its file is, and what the newsroom says about it. Its variants are
 * not rows: they follow from its size and {@link #getRenditionKey()}.
 */
@Entity
public class MediaItem extends BaseEntity {

    public static final int FILE_NAME_MAX_LENGTH = 255;
    public static final int DESCRIPTION_MAX_LENGTH = 300;
    public static final int CAPTION_MAX_LENGTH = 500;
    public static final int CREDIT_MAX_LENGTH = 200;

    @Column(nullable = false, length = FILE_NAME_MAX_LENGTH)
    private String fileName = "";

    @Column(nullable = false, length = 40)
    private String contentType = "";

    private int width;

    private int height;

    private long byteSize;

    /** SHA-256 of the original file, hex. */
    @Column(nullable = false, length = 64)
    private String contentHash = "";

    /** Names the current variants; changes with the file and the focal point. */
    @Column(nullable = false, length = 32)
    private String renditionKey = "";

    /** Whether the picture has transparency, so its fallback variants are PNG rather than JPEG. */
    private boolean hasAlpha;

    /** The text alternative: what the picture shows, for readers who cannot see it. */
    @Size(max = DESCRIPTION_MAX_LENGTH)
    @Column(length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    /** Marked as adding nothing a text alternative should say (an ornament). */
    private boolean decorative;

    @Size(max = CAPTION_MAX_LENGTH)
    @Column(length = CAPTION_MAX_LENGTH)
    private @Nullable String caption;

    @Size(max = CREDIT_MAX_LENGTH)
    @Column(length = CREDIT_MAX_LENGTH)
    private @Nullable String credit;

    /** The point every crop keeps in view, as fractions of the width and height (0.5, 0.5 is the centre). */
    @Column(name = "focal_x")
    private float focalX = 0.5f;

    @Column(name = "focal_y")
    private float focalY = 0.5f;

    @Column(nullable = false, length = 50)
    private String uploadedBy = "";

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected MediaItem() {}

    public MediaItem(String fileName, String uploadedBy, Instant createdAt) {
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Takes on a (new) file: its type, size and hash, and the key of the variants made from it. */
    public void setFile(
            String contentType, int width, int height, long byteSize, String contentHash, boolean hasAlpha) {
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.byteSize = byteSize;
        this.contentHash = contentHash;
        this.hasAlpha = hasAlpha;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getByteSize() {
        return byteSize;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getRenditionKey() {
        return renditionKey;
    }

    public void setRenditionKey(String renditionKey) {
        this.renditionKey = renditionKey;
    }

    public boolean hasAlpha() {
        return hasAlpha;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    public @Nullable String getCaption() {
        return caption;
    }

    public void setCaption(@Nullable String caption) {
        this.caption = caption;
    }

    public @Nullable String getCredit() {
        return credit;
    }

    public void setCredit(@Nullable String credit) {
        this.credit = credit;
    }

    public float getFocalX() {
        return focalX;
    }

    public float getFocalY() {
        return focalY;
    }

    public void setFocalPoint(float x, float y) {
        this.focalX = x;
        this.focalY = y;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
