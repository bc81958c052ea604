package org.broadsheet.desk.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The tags view (the authors view has its own test). */
@BroadsheetTest
class TagsViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void tagsAreListedAndFilteredByName() {
        TagsView tags = navigate(TagsView.class);
        assertThat(test(tags.grid).size()).isPositive();
        test(tags.filter).setValue("zzzz-no-such-tag");
        assertThat(test(tags.grid).size()).isZero();
    }
}
