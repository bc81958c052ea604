package org.broadsheet.desk.menus;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.site.service.MenuEntry;
import org.broadsheet.site.service.MenuLink;
import org.broadsheet.site.service.MenuService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An editor arranges the header: a section with a page in its drop-down, and an address refused at its field. */
@BroadsheetTest
class MenusViewTest extends SpringBrowserlessTest {

    @Autowired
    MenuService menus;

    @AfterEach
    void defaultsAgain() {
        SystemActor.run(() -> menus.save(
                MenuService.Menu.HEADER, menus.open(MenuService.Menu.HEADER).version(), List.of()));
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void anEditorAddsASectionAndAPageUnderItAndSavesTheHeader() {
        MenusView view = navigate(MenusView.class);
        assertThat(view.status.getText()).startsWith("Not arranged");

        test(view.kind).selectItem("Section");
        test(view.section).selectItem("Americas › Bolivia");
        test(view.add).click();
        test(view.kind).selectItem("Page");
        test(view.page).selectItem("About us");
        test(view.label).setValue("Who we are");
        test(view.add).click();
        assertThat(test(view.entries).size()).isEqualTo(2);

        test(actions(view, 1).get(2)).click(); // into the drop-down of the entry above
        assertThat(test(view.entries).getRow(1).child()).isTrue();
        test(view.save).click();

        List<MenuLink> header = SystemActor.call(() -> menus.navigation().header());
        assertThat(header).singleElement().satisfies(bolivia -> {
            assertThat(bolivia.label()).isEqualTo("Bolivia");
            assertThat(bolivia.children()).extracting(MenuLink::label).containsExactly("Who we are");
        });
        assertThat(view.discard.isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "ana", roles = "EDITOR")
    void aScriptAddressIsRefusedAtTheAddressFieldAndKeepsWhatWasTyped() {
        MenusView view = navigate(MenusView.class);
        test(view.kind).selectItem("Address");
        test(view.url).setValue("javascript:alert(1)");
        test(view.label).setValue("Click me");
        test(view.add).click();

        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getValue()).isEqualTo("javascript:alert(1)");
        assertThat(view.label.getValue()).isEqualTo("Click me");
        assertThat(test(view.entries).size()).isZero();
        assertThat(SystemActor.call(() -> menus.open(MenuService.Menu.HEADER).entries()))
                .as("nothing saved")
                .isEqualTo(List.<MenuEntry>of());
    }

    private List<Button> actions(MenusView view, int row) {
        return test(view.entries)
                .getCellComponent(row, "actions")
                .getChildren()
                .map(Button.class::cast)
                .toList();
    }
}
