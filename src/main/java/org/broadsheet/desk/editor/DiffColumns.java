package org.broadsheet.desk.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** Two texts side by side: words only the older has struck through, words only the newer has marked. */
class DiffColumns extends Div {

    final Div older = new Div();
    final Div newer = new Div();

    DiffColumns(String olderTitle, String newerTitle, WordDiff.Sides sides) {
        addClassName("diff-columns");
        fill(older, sides.older());
        fill(newer, sides.newer());
        add(column(olderTitle, older), column(newerTitle, newer));
    }

    private static Div column(String title, Div text) {
        text.addClassName("diff-text");
        Div column = new Div(new H3(title), text);
        column.addClassName("diff-column");
        return column;
    }

    private static void fill(Div target, List<WordDiff.Part> parts) {
        for (WordDiff.Part part : parts) {
            switch (part.kind()) {
                case SAME -> target.add(new Span(part.text()));
                case REMOVED -> target.getElement().appendChild(new Element("del").setText(part.text()));
                case ADDED -> target.getElement().appendChild(new Element("ins").setText(part.text()));
            }
        }
    }
}
