package org.broadsheet.taxonomy.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.KeptById;
import org.broadsheet.base.LikePattern;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.Slugs;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.taxonomy.domain.Tag;
import org.broadsheet.taxonomy.domain.TagRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TagService {

    private final TagRepository tags;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /** Every article page shows its tags: read once, kept until a tag changes. */
    private final KeptById<TagSummary> kept;

    TagService(TagRepository tags, AuditLog audit, ApplicationEventPublisher events) {
        this.tags = tags;
        this.audit = audit;
        this.events = events;
        this.kept = new KeptById<>(() -> byId(tags.findAll()), ids -> byId(tags.findAllById(ids)));
    }

    private static Map<Long, TagSummary> byId(List<Tag> found) {
        return found.stream().map(TagService::summary).collect(Collectors.toMap(TagSummary::id, Function.identity()));
    }

    /** A tag renamed or merged, here or on another node (the change feed replays it), or everything. */
    @EventListener
    void onChange(PublicContentChanged change) {
        if (change.touchesATag()) {
            kept.changed();
        }
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<TagSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TagSummary> found = kept.get(ids);
        return ids.stream()
                .distinct()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(TagSummary::name))
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<TagSummary> findBySlug(String slug) {
        return tags.findBySlug(slug).map(TagService::summary);
    }

    /** The tag with this name's slug, created when it does not exist yet. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional
    public TagSummary findOrCreate(String name) {
        String trimmed = name.strip();
        String slug = Slugs.slugify(trimmed);
        if (trimmed.isEmpty() || trimmed.length() > Tag.NAME_MAX_LENGTH || slug.isEmpty()) {
            throw new DomainException.ValidationFailed(
                    "tags",
                    "A tag needs a name of at most " + Tag.NAME_MAX_LENGTH + " characters, with a letter or digit");
        }
        return summary(tags.findBySlug(slug).orElseGet(() -> {
            Tag created = tags.save(new Tag(trimmed, slug));
            kept.changed();
            audit.record("tag.create", "tag:" + created.requireId(), trimmed);
            return created;
        }));
    }

    /** Tags whose name contains the text (any, for blank text), by name. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<TagSummary> list(String text, Pageable pageable) {
        Pageable byName = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        return tags.findByNameLike(LikePattern.containing(text), byName).map(TagService::summary);
    }

    /** Renames a tag and gives it a new slug; its old tag page address stops working. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public TagSummary update(long id, String name, String slug) {
        Tag tag = find(id);
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Tag.NAME_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "name", "A tag needs a name of at most " + Tag.NAME_MAX_LENGTH + " characters");
        }
        Slugs.requireValid(slug);
        tags.findBySlug(slug).filter(other -> other.requireId() != id).ifPresent(other -> {
            throw new DomainException.ValidationFailed(
                    "slug", "The tag " + other.getName() + " already uses this slug");
        });
        String before = tag.getName() + " /tag/" + tag.getSlug();
        tag.setName(trimmed);
        tag.setSlug(slug);
        audit.record("tag.update", "tag:" + id, before + " → " + trimmed + " /tag/" + slug);
        events.publishEvent(new TagChanged(id));
        events.publishEvent(new PublicContentChanged(
                java.util.Set.of(PublicContentChanged.tag(id), PublicContentChanged.LISTINGS)));
        return summary(tag);
    }

    /** Moves every article from one tag to another and deletes the first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public TagSummary merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new DomainException.ValidationFailed("into", "Choose another tag to merge into");
        }
        Tag from = find(fromId);
        Tag into = find(intoId);
        events.publishEvent(new TagsMerged(fromId, intoId));
        tags.delete(from);
        audit.record("tag.merge", "tag:" + intoId, from.getName() + " → " + into.getName());
        events.publishEvent(new PublicContentChanged(java.util.Set.of(
                PublicContentChanged.tag(fromId), PublicContentChanged.tag(intoId), PublicContentChanged.LISTINGS)));
        return summary(into);
    }

    private Tag find(long id) {
        return tags.findById(id).orElseThrow(() -> new DomainException.NotFound("No tag " + id));
    }

    private static TagSummary summary(Tag tag) {
        return new TagSummary(tag.requireId(), tag.getName(), tag.getSlug());
    }
}
