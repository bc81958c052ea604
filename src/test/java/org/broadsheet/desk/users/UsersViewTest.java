package org.broadsheet.desk.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.EnumSet;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.AccountRow;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The users view as an admin: the grid, a new account, bad input shown next to its field. */
@BroadsheetTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminsSeeEveryAccount() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(grid.getColumnByKey("username")).isNotNull();
    }

    private AccountDialog openNewAccountDialog() {
        navigate(UsersView.class);
        test(find(Button.class).withText("New account").single()).click();
        roundTrip();
        return find(AccountDialog.class).single();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminCreatesAnAccountThroughTheDialog() {
        AccountDialog dialog = openNewAccountDialog();
        test(dialog.username).setValue("rosa");
        test(dialog.displayName).setValue("Rosa Mamani");
        test(dialog.email).setValue("rosa@example.org");
        test(dialog.password).setValue("a phrase she chose herself");
        dialog.roles.setValue(EnumSet.of(Role.EDITOR));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("closed after saving").isFalse();
        assertThat(accounts.list(PageRequest.of(0, 100))).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo("rosa");
            assertThat(row.roles()).containsExactly(Role.EDITOR);
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void editingAnAccountShowsItsBylineProfile() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountRow> grid = find(Grid.class).single();
        int tom = -1;
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).username().equals("tom")) {
                tom = row;
            }
        }
        test(grid).clickRow(tom);
        roundTrip();
        AccountDialog dialog = find(AccountDialog.class).single();
        assertThat(dialog.username.isReadOnly()).isTrue();
        assertThat(dialog.byline.getValue()).isNotNull();
        assertThat(dialog.byline.getValue().name()).isEqualTo("Tom Reyes");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aWeakPasswordIsShownNextToThePasswordFieldAndTheFormKeepsItsText() {
        AccountDialog dialog = openNewAccountDialog();
        test(dialog.username).setValue("weakling");
        test(dialog.displayName).setValue("Weak Ling");
        test(dialog.email).setValue("weak@example.org");
        test(dialog.password).setValue("Password123!");
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("attackers");
        assertThat(dialog.username.getValue()).isEqualTo("weakling");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.list(PageRequest.of(0, 100)))
                .noneMatch(row -> row.username().equals("weakling"));
    }
}
