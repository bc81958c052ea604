package org.broadsheet.desk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class EditingPresenceTest {

    private final EditingPresence presence = new EditingPresence(Clock.systemUTC());

    @Test
    void othersSeeWhoEditsAnArticleButNobodySeesThemselves() {
        presence.arrive("s1:1", "ana", "Ana Quispe", 7L, "Water");
        presence.arrive("s2:1", "tom", "Tom Reyes", 7L, "Water");
        presence.arrive("s2:2", "tom", "Tom Reyes", 7L, "Water");

        assertThat(presence.othersEditing(7, "ana")).containsExactly("Tom Reyes");
        assertThat(presence.othersEditing(7, "tom")).containsExactly("Ana Quispe");
        assertThat(presence.othersEditing(8, "ana")).isEmpty();
    }

    @Test
    void aTabThatStopsEditingStaysOnTheDeskUntilItLeaves() {
        presence.arrive("s1:1", "ana", "Ana Quispe", null, null);
        presence.arrive("s1:1", "ana", "Ana Quispe", 7L, "Water");
        double before = presence.changes().peek();

        presence.stopEditing("s1:1");
        assertThat(presence.othersEditing(7, "tom")).isEmpty();
        assertThat(presence.online())
                .extracting(EditingPresence.Visit::displayName)
                .containsExactly("Ana Quispe");
        assertThat(presence.changes().peek()).isGreaterThan(before);

        presence.leave("s1:1");
        assertThat(presence.online()).isEmpty();
        presence.stopEditing("s1:1");
        assertThat(presence.online())
                .as("stopping after leaving does not bring the tab back")
                .isEmpty();
    }

    @Test
    void eachPersonIsListedOnceWithWhatTheyEdit() {
        presence.arrive("s1:1", "ana", "Ana Quispe", null, null);
        presence.arrive("s1:2", "ana", "Ana Quispe", 7L, "Water");
        assertThat(presence.online())
                .singleElement()
                .satisfies(v -> assertThat(v.articleTitle()).isEqualTo("Water"));
    }
}
