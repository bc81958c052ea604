package org.broadsheet.taxonomy.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.Slugs;
import org.broadsheet.taxonomy.domain.Tag;
import org.broadsheet.taxonomy.domain.TagRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TagService {

    private final TagRepository tags;

    TagService(TagRepository tags) {
        this.tags = tags;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<TagSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tags.findAllById(ids).stream().map(TagService::summary)
                .sorted(Comparator.comparing(TagSummary::name)).toList();
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
            throw new DomainException.ValidationFailed("tags",
                    "A tag needs a name of at most " + Tag.NAME_MAX_LENGTH + " characters, with a letter or digit");
        }
        return summary(tags.findBySlug(slug).orElseGet(() -> tags.save(new Tag(trimmed, slug))));
    }

    private static TagSummary summary(Tag tag) {
        return new TagSummary(tag.requireId(), tag.getName(), tag.getSlug());
    }
}
