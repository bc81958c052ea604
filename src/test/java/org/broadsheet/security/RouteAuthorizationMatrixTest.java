package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.security.AuthorizationMatrix.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every desk route, checked for an anonymous reader, an author, an editor and an admin with
 * Vaadin's own access rules (the route's annotation and, for routes inside it, the desk layout's):
 * each may open exactly the routes the authorization matrix allows, and a route without a row
 * fails. That Vaadin enforces these rules on navigation is shown by the view tests.
 */
class RouteAuthorizationMatrixTest {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();
    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteIsInTheMatrixAndEveryRouteRowIsARoute() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(MATRIX.targets("route:"));
    }

    @Test
    void eachCallerMayOpenExactlyTheRoutesTheMatrixAllows() {
        List<Class<?>> layouts = scan(Layout.class);
        assertThat(layouts).as("the desk has one layout").hasSize(1);
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Class<?>> route : routes().entrySet()) {
            boolean inLayout = route.getValue().getAnnotation(Route.class).autoLayout();
            for (Caller caller : Caller.values()) {
                boolean allowed =
                        mayOpen(route.getValue(), caller) && (!inLayout || mayOpen(layouts.getFirst(), caller));
                if (allowed != MATRIX.allows(route.getKey(), caller)) {
                    disagreements.add(route.getKey() + " for " + caller + ": rules say " + allowed);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private boolean mayOpen(Class<?> view, Caller caller) {
        Principal principal = caller == Caller.ANONYMOUS ? null : caller.authentication();
        return checker.hasAccess(
                view,
                principal,
                role -> caller != Caller.ANONYMOUS && caller.name().equals(role));
    }

    private static Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new TreeMap<>();
        for (Class<?> type : scan(Route.class)) {
            String path = type.getAnnotation(Route.class).value();
            routes.put("route:/desk" + (path.isEmpty() ? "" : "/" + path), type);
        }
        return routes;
    }

    private static List<Class<?>> scan(Class<? extends java.lang.annotation.Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.broadsheet")) {
            try {
                types.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }
}
