package org.broadsheet.media.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.AfterCommit;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.EntitiesByIds;
import org.broadsheet.base.KeptMostUsed;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.Sha256;
import org.broadsheet.media.domain.MediaItem;
import org.broadsheet.media.domain.MediaItemRepository;
import org.broadsheet.people.service.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library: uploads checked and rendered before anything is kept, what the newsroom says
 * about each picture, and deletion only of pictures nothing shows.
 */
@Service
public class MediaService {

    static final String ORIGINAL = "original";

    private final MediaItemRepository items;
    private final EntitiesByIds byIds;
    private final UploadCheck check;
    private final Renditions renditions;
    private final MediaStore store;
    private final ObjectProvider<MediaUsage> usages;
    private final AuditLog audit;
    private final MediaLimits limits;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Cache<Long, Set<String>> currentFiles =
            Caffeine.newBuilder().maximumSize(20_000).build();
    /**
     * The pictures pages show, by id: read once until changed, since reading a page of teasers'
     * pictures from the database was half of making the teasers.
     */
    private final KeptMostUsed<MediaView> shown = new KeptMostUsed<>(5_000);

    MediaService(
            MediaItemRepository items,
            EntitiesByIds byIds,
            UploadCheck check,
            Renditions renditions,
            MediaStore store,
            ObjectProvider<MediaUsage> usages,
            AuditLog audit,
            MediaLimits limits,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.byIds = byIds;
        this.check = check;
        this.renditions = renditions;
        this.store = store;
        this.usages = usages;
        this.audit = audit;
        this.limits = limits;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** What uploads may be, in words for the upload field. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    public String limits() {
        return limits.summary();
    }

    /**
     * Adds a picture to the library. The file is checked and every variant made before anything is
     * stored, so a refused file leaves no row and no file behind.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    public MediaView upload(String fileName, byte[] file) {
        UploadCheck.CheckedUpload upload = check.check(file);
        String hash = Sha256.hex(file);
        String key = renditionKey(hash, 0.5f, 0.5f);
        // seconds for a large photo: done before a database connection is taken
        Renditions.Rendered rendered = renditions.render(file, upload.type(), key, 0.5f, 0.5f);
        return Objects.requireNonNull(
                transactions.execute(status -> keep(fileName, file, upload.type(), hash, key, rendered)));
    }

    private MediaView keep(
            String fileName, byte[] file, ImageType type, String hash, String key, Renditions.Rendered rendered) {
        MediaItem item = new MediaItem(fileNameOf(fileName), CurrentActor.name(), clock.instant());
        item.setFile(type.contentType(), rendered.width(), rendered.height(), file.length, hash, rendered.hasAlpha());
        item.setRenditionKey(key);
        item = items.saveAndFlush(item);
        long id = item.requireId();
        onRollback(() -> store.deleteAll(id));
        store.put(id, ORIGINAL + "." + type.extension(), file);
        rendered.files().forEach(f -> store.put(id, f.name(), f.bytes()));
        audit.record("media.upload", "media:" + id, item.getFileName());
        return view(item);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<MediaView> find(long id) {
        return items.findById(id).map(MediaService::view);
    }

    /** The pictures with these ids that exist, by id: the pictures of a page of teasers at once. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, MediaView> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return shown.getAll(ids, missing -> {
            java.util.Map<Long, MediaView> found = new java.util.HashMap<>();
            byIds.read(MediaItem.class, missing).forEach(item -> found.put(item.requireId(), view(item)));
            return found;
        });
    }

    /**
     * A file readers may fetch: one of the picture's current variants, by name. The names are kept
     * in memory per picture (a page of pictures asks for dozens at once), forgotten when it changes.
     */
    @PreAuthorize("permitAll()")
    @SuppressWarnings("NullAway") // Caffeine keeps nothing for a null result, which is what is wanted
    public Optional<org.springframework.core.io.Resource> variant(long id, String name) {
        if (!MediaVariants.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        // an unknown id is not kept: it may be a picture whose upload has not committed yet
        @Nullable
        Set<String> names = currentFiles.get(
                id,
                key -> items.findById(key)
                        .map(item -> Set.copyOf(filesOf(item, item.getRenditionKey())))
                        .orElse(null));
        return names != null && names.contains(name) ? store.open(id, name) : Optional.empty();
    }

    /** Newest first, as the library's filter asks. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<MediaView> search(MediaFilter filter, Pageable pageable, java.time.ZoneId zone) {
        Set<Long> inUse = filter.unused() ? inUse() : Set.of();
        Pageable newestFirst = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return items.findAll(MediaFilterSpecification.of(filter, CurrentActor.name(), inUse, zone), newestFirst)
                .map(MediaService::view);
    }

    /** The places that show the picture, in words: "the article \"…\"". */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> usedBy(long id) {
        return usages.orderedStream()
                .flatMap(usage -> usage.placesUsing(id).stream())
                .toList();
    }

    private Set<Long> inUse() {
        Set<Long> ids = new java.util.HashSet<>();
        usages.orderedStream().forEach(usage -> ids.addAll(usage.picturesInUse()));
        return ids;
    }

    /** Changes what is said about a picture; a new focal point makes its crops again. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public MediaView describe(long id, MediaDetails details) {
        MediaItem item = require(id);
        checkLength("description", details.description(), MediaItem.DESCRIPTION_MAX_LENGTH);
        checkLength("caption", details.caption(), MediaItem.CAPTION_MAX_LENGTH);
        checkLength("credit", details.credit(), MediaItem.CREDIT_MAX_LENGTH);
        if (!inUnitRange(details.focalX()) || !inUnitRange(details.focalY())) {
            throw new DomainException.ValidationFailed("focal", "The focal point must lie on the picture.");
        }
        item.setDescription(blankToNull(details.description()));
        item.setDecorative(details.decorative());
        item.setCaption(blankToNull(details.caption()));
        item.setCredit(blankToNull(details.credit()));
        if (details.focalX() != item.getFocalX() || details.focalY() != item.getFocalY()) {
            rerender(item, details.focalX(), details.focalY());
        }
        item.setUpdatedAt(clock.instant());
        audit.record("media.describe", "media:" + id, item.getFileName());
        changed(id);
        return view(items.saveAndFlush(item));
    }

    /**
     * Puts a new file in a picture's place: its id, words, focal point and every use stay, and the
     * pages that show it get the new file. Checked and rendered before anything changes, like an
     * upload; the same people who may delete a picture may replace it.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    public MediaView replace(long id, String fileName, byte[] file) {
        UploadCheck.CheckedUpload upload = check.check(file);
        MediaView current = find(id).orElseThrow(() -> new DomainException.NotFound("No picture " + id));
        String hash = Sha256.hex(file);
        String key = renditionKey(hash, current.focalX(), current.focalY());
        Renditions.Rendered rendered = renditions.render(file, upload.type(), key, current.focalX(), current.focalY());
        return Objects.requireNonNull(transactions.execute(status -> {
            MediaItem item = require(id);
            requireOwnerOrEditor(item, "replace");
            String oldOriginal = originalName(item);
            List<String> oldFiles = filesOf(item, item.getRenditionKey());
            String newOriginal = ORIGINAL + "." + upload.type().extension();
            onRollback(() -> rendered.files().forEach(f -> store.delete(id, f.name())));
            store.put(id, newOriginal, file);
            rendered.files().forEach(f -> store.put(id, f.name(), f.bytes()));
            item.setFile(
                    upload.type().contentType(),
                    rendered.width(),
                    rendered.height(),
                    file.length,
                    hash,
                    rendered.hasAlpha());
            item.setFileName(fileNameOf(fileName));
            item.setRenditionKey(key);
            item.setUpdatedAt(clock.instant());
            audit.record("media.replace", "media:" + id, item.getFileName());
            changed(id);
            Set<String> kept = new java.util.HashSet<>(filesOf(item, key));
            kept.add(newOriginal);
            AfterCommit.run(() -> {
                oldFiles.stream().filter(name -> !kept.contains(name)).forEach(name -> store.delete(id, name));
                if (!kept.contains(oldOriginal)) {
                    store.delete(id, oldOriginal);
                }
            });
            return view(items.saveAndFlush(item));
        }));
    }

    /**
     * Removes a picture nothing shows. Editors may remove anyone's; authors only their own.
     *
     * @throws DomainException.Conflict naming where it is still used
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public void delete(long id) {
        MediaItem item = require(id);
        requireOwnerOrEditor(item, "delete");
        List<String> places = usedBy(id);
        if (!places.isEmpty()) {
            throw new DomainException.Conflict(
                    "\"" + item.getFileName() + "\" is still used: " + String.join("; ", places) + ".");
        }
        items.delete(item);
        audit.record("media.delete", "media:" + id, item.getFileName());
        changed(id);
        AfterCommit.run(() -> store.deleteAll(id));
    }

    private void rerender(MediaItem item, float focalX, float focalY) {
        long id = item.requireId();
        byte[] original = original(item);
        ImageType type = ImageType.of(original).orElseThrow();
        String oldKey = item.getRenditionKey();
        String key = renditionKey(item.getContentHash(), focalX, focalY);
        Renditions.Rendered rendered = renditions.render(original, type, key, focalX, focalY);
        rendered.files().forEach(f -> store.put(id, f.name(), f.bytes()));
        onRollback(() -> rendered.files().forEach(f -> store.delete(id, f.name())));
        item.setFocalPoint(focalX, focalY);
        item.setRenditionKey(key);
        AfterCommit.run(() -> filesOf(item, oldKey).forEach(name -> store.delete(id, name)));
    }

    /**
     * Tells the pages showing the picture, and forgets what is kept of it (as pages show it, its
     * file names) now and once the change is over.
     */
    private void changed(long id) {
        shown.changed(id);
        currentFiles.invalidate(id);
        AfterCommit.orRollback(() -> currentFiles.invalidate(id));
        events.publishEvent(new MediaChanged(id));
        // the other nodes of the site forget its file names too (see ChangeFeed)
        events.publishEvent(new PublicContentChanged(Set.of(PublicContentChanged.media(id))));
    }

    /** A picture changed on another node, or everything did (a restore): what is kept of it is read again. */
    @EventListener
    void onPublicChange(PublicContentChanged change) {
        if (change.keys().contains(PublicContentChanged.EVERYTHING)) {
            shown.changedAll();
            currentFiles.invalidateAll();
            return;
        }
        for (String key : change.keys()) {
            Long id = PublicContentChanged.mediaId(key);
            if (id != null) {
                shown.changed(id);
                currentFiles.invalidate(id);
            }
        }
    }

    private static void requireOwnerOrEditor(MediaItem item, String action) {
        if (!CurrentActor.hasRole("EDITOR")
                && !CurrentActor.hasRole("ADMIN")
                && !item.getUploadedBy().equals(CurrentActor.name())) {
            throw new DomainException.Forbidden("Only editors may " + action + " pictures others uploaded.");
        }
    }

    private static String originalName(MediaItem item) {
        return ORIGINAL + "." + extensionOf(item.getContentType());
    }

    private byte[] original(MediaItem item) {
        String name = originalName(item);
        try (var in = store.open(item.requireId(), name)
                .orElseThrow(() -> new IllegalStateException("The original of media " + item.getId() + " is missing"))
                .getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> filesOf(MediaItem item, String key) {
        String fallback = item.hasAlpha() ? "png" : "jpg";
        var names = new java.util.ArrayList<String>();
        for (int width : MediaVariants.widthsFor(item.getWidth())) {
            names.add(MediaVariants.name(key, width, "webp"));
            names.add(MediaVariants.name(key, width, fallback));
        }
        names.add(MediaVariants.socialName(key));
        return names;
    }

    static MediaView view(MediaItem item) {
        long id = item.requireId();
        String key = item.getRenditionKey();
        String fallback = item.hasAlpha() ? "png" : "jpg";
        List<MediaView.Variant> variants = MediaVariants.widthsFor(item.getWidth()).stream()
                .map(w -> new MediaView.Variant(
                        w,
                        Math.max(1, Math.round((float) item.getHeight() * w / item.getWidth())),
                        url(id, MediaVariants.name(key, w, "webp")),
                        url(id, MediaVariants.name(key, w, fallback))))
                .toList();
        return new MediaView(
                id,
                item.getFileName(),
                item.getContentType(),
                item.getWidth(),
                item.getHeight(),
                item.getByteSize(),
                item.getDescription(),
                item.isDecorative(),
                item.getCaption(),
                item.getCredit(),
                item.getFocalX(),
                item.getFocalY(),
                item.getUploadedBy(),
                item.getCreatedAt(),
                item.getVersion(),
                variants,
                url(id, MediaVariants.socialName(key)));
    }

    private static String url(long id, String name) {
        return "/media/" + id + "/" + name;
    }

    private MediaItem require(long id) {
        return items.findById(id).orElseThrow(() -> new DomainException.NotFound("No picture " + id));
    }

    private static String extensionOf(String contentType) {
        for (ImageType type : ImageType.values()) {
            if (type.contentType().equals(contentType)) {
                return type.extension();
            }
        }
        throw new IllegalStateException("Unknown picture type " + contentType);
    }

    /** A file name as the uploader's system gave it, without any folder part, never empty. */
    static String fileNameOf(String given) {
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "picture";
        }
        return name.length() > MediaItem.FILE_NAME_MAX_LENGTH
                ? name.substring(0, MediaItem.FILE_NAME_MAX_LENGTH)
                : name;
    }

    static String renditionKey(String contentHash, float focalX, float focalY) {
        return Sha256.hex((contentHash + ":" + focalX + ":" + focalY).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    private static void onRollback(Runnable cleanUp) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        cleanUp.run();
                    }
                }
            });
        }
    }

    private static void checkLength(String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new DomainException.ValidationFailed(field, "At most " + max + " characters.");
        }
    }

    private static boolean inUnitRange(float value) {
        return value >= 0f && value <= 1f;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
