package org.broadsheet.taxonomy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Editors keep the sections and tags tidy without breaking articles. */
@BroadsheetTest
@WithMockUser(username = "ana", roles = "EDITOR")
class TaxonomyMaintenanceTest {

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    ArticleEditor editor;

    @Test
    void aSectionWithArticlesOrSubsectionsIsNotDeleted() {
        SectionSummary parent = sections.create("Deletion desk", "deletion-desk", null, null);
        SectionSummary child = sections.create("Inner", "inner", parent.id(), null);
        long article = editor.create(Drafts.titled("Lives in inner", child.id()), Workflow.SAVE, null)
                .id();

        assertThatThrownBy(() -> sections.delete(parent.id()))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("Inner");
        assertThatThrownBy(() -> sections.delete(child.id()))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("1 article");

        var draft = editor.open(article);
        editor.save(article, draft.version(), draft.draft().withSection(parent.id()), Workflow.SAVE, null);
        sections.delete(child.id());
        assertThat(sections.tree().byId(child.id())).isEmpty();
    }

    @Test
    void siblingsAreReorderedOneStepAtATime() {
        SectionSummary parent = sections.create("Order desk", "order-desk", null, null);
        SectionSummary a = sections.create("A", "a", parent.id(), null);
        SectionSummary b = sections.create("B", "b", parent.id(), null);
        SectionSummary c = sections.create("C", "c", parent.id(), null);

        sections.moveAmongSiblings(c.id(), -1);
        assertThat(sections.tree().children(parent.id()))
                .extracting(SectionSummary::name)
                .containsExactly("A", "C", "B");
        sections.moveAmongSiblings(a.id(), -1);
        assertThat(sections.tree().children(parent.id()))
                .extracting(SectionSummary::name)
                .containsExactly("A", "C", "B");
        sections.moveAmongSiblings(a.id(), 5);
        assertThat(sections.tree().children(parent.id()))
                .extracting(SectionSummary::name)
                .containsExactly("C", "B", "A");
        sections.moveAmongSiblings(b.id(), -1);
        assertThat(sections.tree().children(parent.id()))
                .extracting(SectionSummary::name)
                .containsExactly("B", "C", "A");
    }

    @Test
    void mergingATagMovesItsArticlesToTheOtherTag() {
        TagSummary from = tags.findOrCreate("Elections 2026");
        TagSummary into = tags.findOrCreate("Election");
        long bolivia = sections.tree().byPath("americas/bolivia").orElseThrow().id();
        long article = editor.create(
                        Drafts.titled("Merged tag story", bolivia).withTagIds(Set.of(from.id())), Workflow.SAVE, null)
                .id();

        tags.merge(from.id(), into.id());

        assertThat(editor.open(article).draft().tagIds()).containsExactly(into.id());
        assertThat(tags.findBySlug(from.slug())).isEmpty();
        assertThatThrownBy(() -> tags.merge(into.id(), into.id())).isInstanceOf(DomainException.ValidationFailed.class);
    }

    @Test
    void renamingATagChecksItsSlug() {
        TagSummary tag = tags.findOrCreate("Mining");
        tags.findOrCreate("Lithium");
        assertThatThrownBy(() -> tags.update(tag.id(), "Lithium mining", "lithium"))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("slug"));
        assertThat(tags.update(tag.id(), "Lithium mining", "lithium-mining").url())
                .isEqualTo("/tag/lithium-mining");
        assertThat(tags.list("lithium", PageRequest.of(0, 10)).getContent())
                .extracting(TagSummary::name)
                .contains("Lithium", "Lithium mining");
    }
}
