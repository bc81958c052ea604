package org.broadsheet.desk.sections;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.data.renderer.TextRenderer;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * How section pickers name sections: indented by depth in the open list, as the trail
 * "Americas › Bolivia" once chosen.
 */
public final class SectionLabels {

    private SectionLabels() {}

    /** "Americas › Bolivia" for each section of the tree. */
    public static ItemLabelGenerator<SectionSummary> trails(SectionTree tree) {
        Map<Long, String> labels = tree.flattened().stream()
                .collect(Collectors.toMap(
                        SectionSummary::id,
                        s -> tree.trail(s.id()).stream()
                                .map(SectionSummary::name)
                                .collect(Collectors.joining(" › "))));
        return s -> labels.getOrDefault(s.id(), s.name());
    }

    public static Renderer<SectionSummary> indented() {
        return new TextRenderer<>(s -> "\u2003".repeat(s.depth()) + s.name());
    }
}
