package org.broadsheet.people.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.KeptById;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.Slugs;
import org.broadsheet.people.domain.Author;
import org.broadsheet.people.domain.AuthorRepository;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Byline profiles. */
@Service
public class AuthorService {

    private final AuthorRepository authors;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /** Every article page and teaser shows bylines: read once, kept until an author changes. */
    private final KeptById<Byline> bylines;

    AuthorService(
            AuthorRepository authors,
            UserAccountRepository accounts,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.authors = authors;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.bylines =
                new KeptById<>(() -> bylinesById(authors.findAll()), ids -> bylinesById(authors.findAllById(ids)));
    }

    private static Map<Long, Byline> bylinesById(List<Author> found) {
        return found.stream().map(AuthorService::byline).collect(Collectors.toMap(Byline::id, Function.identity()));
    }

    /** An author renamed or moved, here or on another node (the change feed replays it), or everything. */
    @EventListener
    void onChange(PublicContentChanged change) {
        if (change.touchesAnAuthor()) {
            bylines.changed();
        }
    }

    /** Bylines for these author ids, in the order asked; unknown ids are skipped. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Byline> bylines(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Byline> found = bylines.get(ids);
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The profiles whose photo address starts with this, such as one library picture's folder. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AuthorProfile> withPhotoAt(String addressPrefix) {
        return authors.findByPhotoUrlStartingWith(addressPrefix).stream()
                .map(AuthorService::profile)
                .toList();
    }

    /** The author page's profile. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AuthorProfile> findBySlug(String slug) {
        return authors.findBySlug(slug).map(AuthorService::profile);
    }

    /** Every byline profile, by name: a short list even for a large newsroom. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuthorProfile> all() {
        return authors.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(AuthorService::profile)
                .toList();
    }

    /** The byline profile that belongs to this account, if one does. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AuthorProfile> ofAccount(long userId) {
        return authors.findByUserId(userId).map(AuthorService::profile);
    }

    /** The byline profile of whoever is logged in, if their account has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Byline> ofCurrentUser() {
        return accounts.findByUsername(org.broadsheet.base.CurrentActor.name())
                .flatMap(account -> authors.findByUserId(account.requireId()))
                .map(AuthorService::byline);
    }

    /**
     * Makes {@code authorId} the byline profile of account {@code userId}, or, with a null
     * author, leaves the account without one. A profile belongs to at most one account.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void linkAccount(long userId, @Nullable Long authorId) {
        UserAccount account =
                accounts.findById(userId).orElseThrow(() -> new DomainException.NotFound("No account " + userId));
        authors.findByUserId(userId)
                .filter(current -> authorId == null || current.requireId() != authorId)
                .ifPresent(current -> current.setUser(null));
        if (authorId != null) {
            Author author =
                    authors.findById(authorId).orElseThrow(() -> new DomainException.NotFound("No author " + authorId));
            UserAccount owner = author.getUser();
            if (owner != null && owner.requireId() != userId) {
                throw new DomainException.ValidationFailed(
                        "author", author.getName() + " already belongs to the account " + owner.getUsername());
            }
            authors.flush();
            author.setUser(account);
        }
        audit.record("user.link-author", "user:" + userId, authorId == null ? "none" : "author:" + authorId);
    }

    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public Byline create(String name, @Nullable String bio, @Nullable String username) {
        return byline(newAuthor(name, bio, username));
    }

    private Author newAuthor(String name, @Nullable String bio, @Nullable String username) {
        String slug = Slugs.slugify(name);
        if (name.isBlank() || name.length() > Author.NAME_MAX_LENGTH || slug.isEmpty()) {
            throw new DomainException.ValidationFailed(
                    "name", "An author needs a name of at most " + Author.NAME_MAX_LENGTH + " characters");
        }
        if (authors.findBySlug(slug).isPresent()) {
            throw new DomainException.ValidationFailed("name", "There is already an author at /author/" + slug);
        }
        UserAccount user = username == null
                ? null
                : accounts.findByUsername(username)
                        .orElseThrow(() -> new DomainException.NotFound("No account " + username));
        Author saved = authors.save(new Author(name.strip(), slug, bio, user));
        bylines.changed();
        audit.record("author.create", "author:" + saved.requireId(), name);
        return saved;
    }

    /**
     * Rewrites a byline profile. A new slug moves the author page; its old address stops
     * working, so the form says so.
     */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public AuthorProfile update(long id, String name, String slug, @Nullable String bio, @Nullable String photoUrl) {
        Author author = authors.findById(id).orElseThrow(() -> new DomainException.NotFound("No author " + id));
        if (name.isBlank() || name.length() > Author.NAME_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "name", "An author needs a name of at most " + Author.NAME_MAX_LENGTH + " characters");
        }
        Slugs.requireValid(slug);
        authors.findBySlug(slug).filter(other -> other.requireId() != id).ifPresent(other -> {
            throw new DomainException.ValidationFailed("slug", other.getName() + " already uses /author/" + slug);
        });
        if (bio != null && bio.length() > Author.BIO_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "bio", "A bio has at most " + Author.BIO_MAX_LENGTH + " characters");
        }
        String photo = checkedPhoto(photoUrl);
        author.setName(name.strip());
        author.setSlug(slug);
        author.setBio(bio == null || bio.isBlank() ? null : bio.strip());
        author.setPhotoUrl(photo);
        audit.record("author.update", "author:" + id, author.getName() + " /author/" + slug);
        events.publishEvent(new AuthorChanged(id));
        events.publishEvent(
                new PublicContentChanged(Set.of(PublicContentChanged.author(id), PublicContentChanged.LISTINGS)));
        return profile(author);
    }

    /** A new byline profile with its photo: a picture from the library, or an https address. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional
    public AuthorProfile createProfile(String name, @Nullable String bio, @Nullable String photoUrl) {
        String photo = checkedPhoto(photoUrl);
        Author author = newAuthor(name, bio, null);
        author.setPhotoUrl(photo);
        return profile(author);
    }

    private static @Nullable String checkedPhoto(@Nullable String photoUrl) {
        String photo = photoUrl == null || photoUrl.isBlank() ? null : photoUrl.strip();
        if (photo != null
                && (photo.length() > Author.PHOTO_URL_MAX_LENGTH
                        || !(photo.startsWith("https://") || (photo.startsWith("/") && !photo.startsWith("//"))))) {
            throw new DomainException.ValidationFailed("photoUrl", "Use a picture on this site or an https address");
        }
        return photo;
    }

    private static AuthorProfile profile(Author a) {
        return new AuthorProfile(a.requireId(), a.getName(), a.getSlug(), a.getBio(), a.getPhotoUrl());
    }

    private static Byline byline(Author author) {
        return new Byline(author.requireId(), author.getName(), author.getSlug());
    }
}
