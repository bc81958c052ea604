package org.broadsheet.content.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A first start that dies half-way through the demo content (kill -9, a failing write) leaves no
 * half-filled site behind: nothing is saved, and the next start fills it whole.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1",
            "broadsheet.demo-content=false",
            "broadsheet.search.rebuild-on-start=false"
        })
class DemoContentAllOrNothingTest {

    @Autowired
    DemoContent demo;

    @MockitoSpyBean
    ArticleEditor editor;

    @Autowired
    SectionService sections;

    @Autowired
    TagService tags;

    @Autowired
    ArticleService articles;

    @Autowired
    UserAccountService accounts;

    @Test
    void aFailureHalfWayLeavesNothingAndTheNextStartFillsTheSiteWhole() {
        AtomicInteger created = new AtomicInteger();
        // stubbed as a user who may create, since the call passes the editor's method security
        SystemActor.run(() -> doAnswer(call -> {
                    if (created.incrementAndGet() == 10) {
                        throw new IllegalStateException("the machine went down");
                    }
                    return call.callRealMethod();
                })
                .when(editor)
                .create(any(), any(), any()));
        created.set(0);

        assertThatThrownBy(demo::fillIfEmpty).hasMessageContaining("the machine went down");

        SystemActor.run(() -> {
            assertThat(sections.tree().size()).as("sections").isZero();
            assertThat(articles.countAll()).as("articles").isZero();
            assertThat(tags.list("", PageRequest.of(0, 10)).getTotalElements())
                    .as("tags")
                    .isZero();
            assertThat(accounts.displayName("ana")).as("demo accounts").isEmpty();
        });

        reset(editor);
        demo.fillIfEmpty();

        SystemActor.run(() -> {
            assertThat(articles.countAll()).isEqualTo(33);
            assertThat(sections.tree().size()).isEqualTo(18);
            assertThat(accounts.displayName("ana")).isPresent();
        });
    }
}
