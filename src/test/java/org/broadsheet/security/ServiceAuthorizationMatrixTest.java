package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.security.AuthorizationMatrix.Caller;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;

/**
 * Deny by default, proved for every application service: each public method carries a
 * {@code @PreAuthorize} rule, has a row in the authorization matrix, and the rule gives exactly
 * the matrix's answer for anonymous readers, authors, editors and admins.
 */
@BroadsheetTest
class ServiceAuthorizationMatrixTest {

    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.load();

    @Autowired
    ApplicationContext context;

    @Test
    void everyServiceMethodIsInTheMatrixAndEveryRowIsAMethod() {
        assertThat(serviceMethods().keySet()).containsExactlyInAnyOrderElementsOf(MATRIX.serviceTargets());
    }

    @Test
    void everyServiceMethodStatesWhoMayCallIt() {
        assertThat(serviceMethods())
                .allSatisfy((target, method) -> assertThat(rule(method))
                        .as(target + " has no @PreAuthorize")
                        .isNotNull());
    }

    @Test
    void eachRuleAllowsExactlyWhatTheMatrixSays() {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Method> entry : serviceMethods().entrySet()) {
            PreAuthorize rule = rule(entry.getValue());
            if (rule == null || !MATRIX.serviceTargets().contains(entry.getKey())) {
                continue;
            }
            Expression expression = handler.getExpressionParser().parseExpression(rule.value());
            for (Caller caller : Caller.values()) {
                EvaluationContext evaluation = handler.createEvaluationContext(
                        caller::authentication, new SimpleMethodInvocation(new Object(), entry.getValue()));
                boolean allowed = ExpressionUtils.evaluateAsBoolean(expression, evaluation);
                checked++;
                if (allowed != MATRIX.allows(entry.getKey(), caller)) {
                    disagreements.add(entry.getKey() + " for " + caller + ": rule says " + allowed);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(checked).isEqualTo(MATRIX.serviceTargets().size() * Caller.values().length);
    }

    /** Public methods of public @Service beans and of the public interfaces they implement. */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.broadsheet")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isBridge()
                        && (Modifier.isPublic(type.getModifiers()) || implementsPublicInterface(type, method))) {
                    methods.put(type.getSimpleName() + "." + method.getName(), method);
                }
            }
        }
        return methods;
    }

    private static boolean implementsPublicInterface(Class<?> type, Method method) {
        for (Class<?> api : type.getInterfaces()) {
            if (api.getPackageName().startsWith("org.broadsheet")) {
                try {
                    api.getMethod(method.getName(), method.getParameterTypes());
                    return true;
                } catch (NoSuchMethodException e) {
                    // not part of that interface
                }
            }
        }
        return false;
    }

    private static PreAuthorize rule(Method method) {
        return AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
    }
}
