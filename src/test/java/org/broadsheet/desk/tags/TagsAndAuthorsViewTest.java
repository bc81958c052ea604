package org.broadsheet.desk.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleStatus;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.desk.articles.ArticlesView;
import org.broadsheet.desk.authors.AuthorsView;
import org.broadsheet.desk.sections.SectionsView;
import org.broadsheet.desk.tags.TagsView;
import org.broadsheet.desk.trash.TrashView;
import org.broadsheet.people.service.AuthorProfile;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The tags and authors views. */
@BroadsheetTest
class TagsAndAuthorsViewTest extends SpringBrowserlessTest {

    @Autowired ArticleEditor editor;
    @Autowired ArticleTrash trash;
    @Autowired SectionService sections;

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void authorsAndTagsAreListed() {
        AuthorsView authors = navigate(AuthorsView.class);
        assertThat(authors).isNotNull();
        TagsView tags = navigate(TagsView.class);
        assertThat(test(tags.grid).size()).isPositive();
        test(tags.filter).setValue("zzzz-no-such-tag");
        assertThat(test(tags.grid).size()).isZero();
    }
}
