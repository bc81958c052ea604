package org.broadsheet.site.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON-LD is the same text on every node and after every restart, so a page keeps its ETag. */
class StructuredDataTest {

    @Test
    void keysComeInOneOrderWhateverOrderTheJvmGivesMaps() {
        String json = StructuredData.breadcrumbs(
                        List.of(
                                new SectionSummary(1, "Americas", "americas", "americas", null, 1, null),
                                new SectionSummary(2, "Bolivia", "bolivia", "americas/bolivia", 1L, 2, null)),
                        "https://news.example.org")
                .getText();

        JsonNode root = JsonMapper.shared().readTree(json);
        assertThat(names(root)).isSortedAccordingTo(String::compareTo).contains("@context", "itemListElement");
        for (JsonNode item : root.get("itemListElement")) {
            assertThat(names(item))
                    .isSortedAccordingTo(String::compareTo)
                    .containsExactly("@type", "item", "name", "position");
        }
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
