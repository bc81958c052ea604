package org.broadsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.content.domain.Article;
import org.broadsheet.content.domain.ArticleRepository;
import org.broadsheet.content.domain.ListedArticle;
import org.broadsheet.content.domain.Redirect;
import org.broadsheet.content.domain.RedirectRepository;
import org.broadsheet.content.domain.RelatedCandidate;
import org.broadsheet.content.domain.Revision;
import org.broadsheet.content.domain.RevisionRepository;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.Author;
import org.broadsheet.people.domain.AuthorRepository;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.broadsheet.site.domain.SiteSettingsRepository;
import org.broadsheet.taxonomy.domain.Section;
import org.broadsheet.taxonomy.domain.SectionRepository;
import org.broadsheet.taxonomy.domain.Tag;
import org.broadsheet.taxonomy.domain.TagRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schema and the repositories promise, checked the same way on every database
 * Broadsheet supports: the migrations apply, the entities validate against them, and every
 * lookup and constraint the site relies on works.
 *
 * <p>{@code @Transactional} is repeated here because the transaction attribute of an inherited
 * test method is looked up on the class that declares it, not on the {@code @DataJpaTest} subclass.
 * The search index is off: it needs beans of the whole application, and its own tests cover it.
 */
@Transactional
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.enabled=false")
abstract class PersistenceContractTests {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    Flyway flyway;

    @Autowired
    TestEntityManager em;

    @Autowired
    SectionRepository sections;

    @Autowired
    TagRepository tags;

    @Autowired
    AuthorRepository authors;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ArticleRepository articles;

    @Autowired
    RevisionRepository revisions;

    @Autowired
    RedirectRepository redirects;

    @Autowired
    SiteSettingsRepository settings;

    private Section americas;
    private Section bolivia;
    private Section laPaz;
    private Author ana;

    @BeforeEach
    void tree() {
        americas = sections.save(new Section("Americas", "americas", null, 0));
        bolivia = sections.save(new Section("Bolivia", "bolivia", americas, 0));
        laPaz = sections.save(new Section("La Paz", "la-paz", bolivia, 0));
        ana = authors.save(new Author("Ana Quispe", "ana-quispe", "Covers the Andes", null));
    }

    @Test
    void everyMigrationIsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(settings.findById(1L)).isPresent();
    }

    @Test
    void sectionsAreFoundByTheirDerivedPath() {
        assertThat(laPaz.getPath()).isEqualTo("americas/bolivia/la-paz");
        em.flush();
        em.clear();
        assertThat(sections.findByPath("americas/bolivia/la-paz"))
                .map(Section::getName)
                .contains("La Paz");
        assertThat(sections.findAllByOrderByPathAsc())
                .extracting(Section::getPath)
                .containsExactly("americas", "americas/bolivia", "americas/bolivia/la-paz");
    }

    @Test
    void siblingsCannotShareASlug() {
        sections.save(new Section("Bolivia again", "bolivia", americas, 1));
        assertThatThrownBy(() -> em.flush()).isInstanceOf(org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void articlesKeepTheirOrderedAuthorsAndTags() {
        Author tom = authors.save(new Author("Tom Reyes", "tom-reyes", null, null));
        Tag water = tags.save(new Tag("Water", "water"));
        Article article = published("glacier", laPaz, T0);
        article.setAuthorIds(List.of(tom.requireId(), ana.requireId()));
        article.setTagIds(Set.of(water.requireId()));
        long id = articles.save(article).requireId();
        em.flush();
        em.clear();

        Article loaded = articles.findById(id).orElseThrow();
        assertThat(loaded.getAuthorIds()).containsExactly(tom.requireId(), ana.requireId());
        assertThat(loaded.getTagIds()).containsExactly(water.requireId());
    }

    @Test
    void onlyPublishedLiveArticlesAreListedNewestFirst() {
        articles.save(published("older", laPaz, T0));
        articles.save(published("newer", bolivia, T0.plusSeconds(60)));
        Article draft = new Article("Draft", "draft", laPaz.requireId(), T0);
        articles.save(draft);
        Article deleted = published("deleted", laPaz, T0.plusSeconds(120));
        deleted.setDeletedAt(T0.plusSeconds(180));
        articles.save(deleted);
        em.flush();

        assertThat(articles.findPublished(PageRequest.of(0, 10)))
                .extracting(ListedArticle::slug)
                .containsExactly("newer", "older");
        assertThat(articles.findPublishedInSections(List.of(laPaz.requireId()), PageRequest.of(0, 10)))
                .extracting(ListedArticle::slug)
                .containsExactly("older");
        assertThat(articles.findBySectionIdAndSlug(laPaz.requireId(), "draft")).isPresent();
    }

    @Test
    void severalSectionsArePagedAsOneListNewestFirst() {
        for (int i = 0; i < 5; i++) {
            articles.save(published("story-" + i, i % 2 == 0 ? bolivia : laPaz, T0.plusSeconds(i)));
        }
        em.flush();
        List<Long> both = List.of(bolivia.requireId(), laPaz.requireId());

        List<Slice<ListedArticle>> pages = List.of(
                articles.findPublishedInSections(both, PageRequest.of(0, 2)),
                articles.findPublishedInSections(both, PageRequest.of(1, 2)),
                articles.findPublishedInSections(both, PageRequest.of(2, 2)));

        assertThat(pages)
                .flatExtracting(Slice::getContent)
                .extracting(ListedArticle::slug)
                .containsExactly("story-4", "story-3", "story-2", "story-1", "story-0");
        assertThat(pages).extracting(Slice::hasNext).containsExactly(true, true, false);
    }

    @Test
    void aListedArticleCarriesItsTeaserItsBylineInOrderAndItsPicture() {
        Author tom = authors.save(new Author("Tom Reyes", "tom-reyes", null, null));
        Article twoBylines = published("glacier", laPaz, T0.plusSeconds(60));
        twoBylines.setStandfirst("The ice is going");
        twoBylines.setAuthorIds(List.of(tom.requireId(), ana.requireId()));
        twoBylines.setFeaturedImage(new FeaturedImage("/pictures/ice.jpg", "A glacier", "Ice", "Photo: Tom", 42L));
        Article noByline = published("market", laPaz, T0);
        noByline.setAuthorIds(List.of());
        articles.save(twoBylines);
        articles.save(noByline);
        em.flush();

        List<ListedArticle> listed = articles.findPublishedInSections(List.of(laPaz.requireId()), PageRequest.of(0, 10))
                .getContent();

        assertThat(listed)
                .containsExactly(
                        new ListedArticle(
                                twoBylines.requireId(),
                                laPaz.requireId(),
                                "glacier",
                                "Title of glacier",
                                "The ice is going",
                                T0.plusSeconds(60),
                                new FeaturedImage("/pictures/ice.jpg", "A glacier", "Ice", "Photo: Tom", 42L),
                                List.of(tom.requireId(), ana.requireId())),
                        new ListedArticle(
                                noByline.requireId(),
                                laPaz.requireId(),
                                "market",
                                "Title of market",
                                null,
                                T0,
                                null,
                                List.of()));
        assertThat(articles.findPublishedByAuthor(tom.requireId(), PageRequest.of(0, 10)))
                .containsExactly(listed.get(0));
        assertThat(articles.findListedAmong(List.of(noByline.requireId(), twoBylines.requireId())))
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void eachGroupOfSectionsListsItsOwnNewestArticlesAsItsSectionPageWould() {
        Section britain = sections.save(new Section("Britain", "britain", null, 1));
        Map<Long, List<Long>> groups = new LinkedHashMap<>();
        groups.put(britain.requireId(), List.of(britain.requireId()));
        groups.put(americas.requireId(), List.of(americas.requireId(), bolivia.requireId(), laPaz.requireId()));
        groups.put(-1L, List.of());
        em.flush();
        assertThat(articles.findNewestInEachGroup(groups, 2, List.of()))
                .as("sections with nothing published yet")
                .containsOnlyKeys(groups.keySet())
                .allSatisfy((group, listed) -> assertThat(listed).isEmpty());

        articles.save(published("americas-oldest", americas, T0));
        articles.save(published("la-paz", laPaz, T0.plusSeconds(10)));
        articles.save(published("bolivia", bolivia, T0.plusSeconds(20)));
        articles.save(new Article("Draft", "draft", bolivia.requireId(), T0.plusSeconds(30)));
        Article deleted = published("deleted", laPaz, T0.plusSeconds(40));
        deleted.setDeletedAt(T0.plusSeconds(50));
        articles.save(deleted);
        articles.save(published("britain-oldest", britain, T0.plusSeconds(5)));
        articles.save(published("britain-middle", britain, T0.plusSeconds(15)));
        articles.save(published("britain-newest", britain, T0.plusSeconds(25)));
        em.flush();

        Map<Long, List<ListedArticle>> newest = articles.findNewestInEachGroup(groups, 2, List.of());

        assertThat(newest.keySet()).containsExactly(britain.requireId(), americas.requireId(), -1L);
        assertThat(newest.get(britain.requireId()))
                .extracting(ListedArticle::slug)
                .containsExactly("britain-newest", "britain-middle");
        assertThat(newest.get(americas.requireId()))
                .extracting(ListedArticle::slug)
                .containsExactly("bolivia", "la-paz");
        assertThat(newest.get(-1L)).isEmpty();
        groups.forEach((group, sectionIds) -> assertThat(newest.get(group))
                .as("group %d against its section page", group)
                .containsExactlyElementsOf(articles.findPublishedInSections(sectionIds, PageRequest.of(0, 2))
                        .getContent()));

        long britainNewest = newest.get(britain.requireId()).get(0).id();
        long americasNewest = newest.get(americas.requireId()).get(0).id();
        Map<Long, List<ListedArticle>> below =
                articles.findNewestInEachGroup(groups, 2, Set.of(britainNewest, americasNewest));
        assertThat(below.get(britain.requireId()))
                .as("the articles left out make room for the next ones")
                .extracting(ListedArticle::slug)
                .containsExactly("britain-middle", "britain-oldest");
        assertThat(below.get(americas.requireId()))
                .extracting(ListedArticle::slug)
                .containsExactly("la-paz", "americas-oldest");
    }

    @Test
    void pinnedCandidatesAreTheReadersOwnOfTheIdsGiven() {
        Article shown = articles.save(published("shown", laPaz, T0));
        Article draft = published("draft", laPaz, T0.plusSeconds(10));
        draft.setStatus(ArticleStatus.DRAFT);
        draft = articles.save(draft);
        Article trashed = published("trashed", laPaz, T0.plusSeconds(20));
        trashed.setDeletedAt(T0.plusSeconds(30));
        trashed = articles.save(trashed);
        em.flush();

        assertThat(articles.findPublishedAmong(
                        List.of(draft.requireId(), shown.requireId(), trashed.requireId(), 999_999L)))
                .extracting(RelatedCandidate::id, RelatedCandidate::title, RelatedCandidate::slug)
                .containsExactly(tuple(shown.requireId(), "Title of shown", "shown"));
        assertThat(articles.findPublishedAmong(List.of())).isEmpty();
    }

    @Test
    void relatedCandidatesShareATagOrTheSectionAndNeverIncludeTheArticleItself() {
        Tag water = tags.save(new Tag("Water", "water"));
        Tag mining = tags.save(new Tag("Mining", "mining"));
        Article story = published("story", laPaz, T0);
        story.setTagIds(Set.of(water.requireId()));
        articles.save(story);
        Article sharing = published("sharing", americas, T0.plusSeconds(10));
        sharing.setTagIds(Set.of(water.requireId(), mining.requireId()));
        articles.save(sharing);
        Article other = published("other", americas, T0.plusSeconds(20));
        other.setTagIds(Set.of(mining.requireId()));
        articles.save(other);
        Article neighbour = published("neighbour", laPaz, T0.plusSeconds(30));
        articles.save(neighbour);
        Article oldSharing = published("old-sharing", bolivia, T0.minusSeconds(86_400));
        oldSharing.setTagIds(Set.of(water.requireId()));
        articles.save(oldSharing);
        em.flush();

        assertThat(articles.findPublishedWithAnyTagExcept(
                        Set.of(water.requireId()), story.requireId(), T0.minusSeconds(3600), PageRequest.of(0, 10)))
                .extracting(RelatedCandidate::id, RelatedCandidate::title, RelatedCandidate::publishedAt)
                .containsExactly(tuple(sharing.requireId(), sharing.getTitle(), sharing.getPublishedAt()));
        assertThat(articles.findPublishedInSectionExcept(laPaz.requireId(), story.requireId(), PageRequest.of(0, 10)))
                .extracting(RelatedCandidate::id, RelatedCandidate::sectionId, RelatedCandidate::slug)
                .containsExactly(tuple(neighbour.requireId(), laPaz.requireId(), "neighbour"));
        assertThat(articles.countTagsShared(
                        List.of(sharing.requireId(), other.requireId(), neighbour.requireId()),
                        Set.of(water.requireId(), mining.requireId())))
                .isEqualTo(Map.of(sharing.requireId(), 2, other.requireId(), 1));
    }

    @Test
    void slugsAreUniqueWithinASectionOnly() {
        articles.save(published("same", laPaz, T0));
        articles.save(published("same", bolivia, T0));
        em.flush();
        articles.save(published("same", laPaz, T0));
        assertThatThrownBy(() -> em.flush()).isInstanceOf(org.hibernate.exception.ConstraintViolationException.class);
    }

    @Test
    void deskListSortsAndCountsByStatus() {
        articles.save(published("b-title", laPaz, T0));
        Article draft = new Article("A title", "a-title", laPaz.requireId(), T0);
        articles.save(draft);
        em.flush();

        assertThat(articles.findByDeletedAtIsNull(PageRequest.of(0, 10, Sort.by("title"))))
                .extracting(Article::getTitle)
                .containsExactly("A title", "Title of b-title");
        assertThat(articles.countByStatus())
                .extracting(c -> c.getStatus() + "=" + c.getCount())
                .containsExactlyInAnyOrder("PUBLISHED=1", "DRAFT=1");
    }

    @Test
    void concurrentSavesOfTheSameVersionConflict() {
        long id = articles.save(published("versioned", laPaz, T0)).requireId();
        em.flush();
        em.clear();
        Article first = articles.findById(id).orElseThrow();
        em.detach(first);
        Article second = articles.findById(id).orElseThrow();
        second.setTitle("Second editor's title");
        em.flush();
        first.setTitle("First editor's title");
        assertThatThrownBy(() -> {
                    articles.save(first);
                    em.flush();
                })
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void revisionsAndRedirectsPointAtTheirArticle() {
        Article article = articles.save(published("revised", laPaz, T0));
        revisions.save(new Revision(article, T0, "ana"));
        redirects.save(Redirect.toArticle("americas/old-path", laPaz.requireId(), "old-path", article.requireId(), T0));
        em.flush();
        em.clear();

        assertThat(revisions.findByArticleIdOrderByCreatedAtDesc(article.requireId()))
                .extracting(Revision::getTitle)
                .containsExactly("Title of revised");
        assertThat(redirects.findByOldPath("americas/old-path"))
                .map(Redirect::getArticleId)
                .contains(article.requireId());
    }

    @Test
    void accountsHaveUniqueUsernamesAndKeepTheirRoles() {
        accounts.save(new UserAccount("ana", "Ana", "ana@example.org", "{noop}x", EnumSet.of(Role.EDITOR), T0));
        em.flush();
        em.clear();
        assertThat(accounts.findByUsername("ana")).map(UserAccount::getRoles).contains(EnumSet.of(Role.EDITOR));

        accounts.save(new UserAccount("ana", "Other", "other@example.org", "{noop}x", EnumSet.of(Role.AUTHOR), T0));
        assertThatThrownBy(() -> em.flush()).isInstanceOf(org.hibernate.exception.ConstraintViolationException.class);
    }

    private Article published(String slug, Section section, Instant at) {
        Article article = new Article("Title of " + slug, slug, section.requireId(), at);
        article.setStatus(ArticleStatus.PUBLISHED);
        article.setPublishedAt(at);
        article.setAuthorIds(List.of(ana.requireId()));
        return article;
    }
}
