package org.broadsheet.desk;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches the desk between light and dark. The choice is the browser's (kept in its local
 * storage), so each device keeps its own; without a choice the desk follows the system setting.
 */
class ThemeToggle extends Button {

    private static final String APPLY = """
            const stored = localStorage.getItem('broadsheet-theme');
            const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
            document.documentElement.setAttribute('theme', dark ? 'dark' : '');
            return dark;""";
    private static final String TOGGLE = """
            const dark = document.documentElement.getAttribute('theme') !== 'dark';
            document.documentElement.setAttribute('theme', dark ? 'dark' : '');
            localStorage.setItem('broadsheet-theme', dark ? 'dark' : 'light');
            return dark;""";

    ThemeToggle() {
        setIcon(VaadinIcon.ADJUST.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("theme-toggle");
        setAriaLabel("Switch between light and dark");
        setTooltipText("Light / dark");
        addClickListener(e -> getElement().executeJs(TOGGLE).then(Boolean.class, this::pressed));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(APPLY).then(Boolean.class, this::pressed);
    }

    private void pressed(Boolean dark) {
        getElement().setAttribute("aria-pressed", Boolean.toString(Boolean.TRUE.equals(dark)));
    }
}
