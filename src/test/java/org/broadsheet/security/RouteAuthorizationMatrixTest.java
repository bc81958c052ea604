package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.desk.login.LoginView;
import org.broadsheet.security.AuthorizationMatrix.Caller;
import org.broadsheet.testsupport.BroadsheetTest;
import java.util.EnumSet;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.Role;
import org.broadsheet.people.service.UserAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every desk route, opened by an anonymous reader, an author, an editor and an admin: each gets
 * the view exactly when the authorization matrix says so, and a route without a row fails.
 */
@BroadsheetTest
class RouteAuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();

    @Autowired UserAccountService accounts;

    /** The callers are real accounts, as views may read their own user's data. */
    @BeforeEach
    void accountsForEachRole() {
        SystemActor.run(() -> {
            for (Caller caller : Caller.values()) {
                String username = caller.authentication().getName();
                if (caller != Caller.ANONYMOUS && accounts.list(PageRequest.of(0, 500)).stream()
                        .noneMatch(a -> a.username().equals(username))) {
                    accounts.create(new NewAccount(username, caller.name(), username + "@example.org",
                            "matrix test phrase " + caller.ordinal() + " long", EnumSet.of(Role.valueOf(caller.name()))));
                }
            }
        });
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteIsInTheMatrixAndEveryRouteRowIsARoute() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(MATRIX.targets("route:"));
    }

    @Test
    void eachCallerReachesExactlyTheRoutesTheMatrixAllows() {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Component>> route : routes().entrySet()) {
            for (Caller caller : Caller.values()) {
                SecurityContextHolder.getContext().setAuthentication(caller.authentication());
                boolean reached = reached(route.getKey().substring("route:/desk".length()), route.getValue());
                if (reached != MATRIX.allows(route.getKey(), caller)) {
                    disagreements.add(route.getKey() + " for " + caller + ": reached " + reached);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private boolean reached(String location, Class<? extends Component> view) {
        try {
            navigate(location.startsWith("/") ? location.substring(1) : location, view);
            return view.isInstance(getCurrentView()) && (view == LoginView.class || !(getCurrentView() instanceof LoginView));
        } catch (RuntimeException | AssertionError denied) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Component>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.broadsheet")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                String path = type.getAnnotation(Route.class).value();
                routes.put("route:/desk" + (path.isEmpty() ? "" : "/" + path), (Class<? extends Component>) type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }
}
