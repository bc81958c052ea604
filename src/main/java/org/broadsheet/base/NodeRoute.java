package org.broadsheet.base;

import org.apache.catalina.Engine;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code broadsheet.node-name} set, every session id this node issues ends with
 * {@code .name} (Tomcat's jvmRoute), so a proxy in front of several nodes sends a desk's requests
 * to the node holding its session by reading the cookie; a hash of the cookie cannot, since it
 * does not know which node issued it. Without it, sessions carry no name. Read when the server is
 * made, not by a condition on the bean, so that a start from build-time bean definitions reads it too.
 */
@Configuration(proxyBeanMethods = false)
class NodeRoute {

    static final String PROPERTY = "broadsheet.node-name";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionsNamedAfterTheNode(Environment environment) {
        String name = environment.getProperty(PROPERTY, "");
        if (name.isEmpty()) {
            return factory -> {};
        }
        if (!name.matches("[a-z0-9][a-z0-9-]{0,30}")) {
            throw new IllegalStateException(
                    PROPERTY + " may hold a-z, 0-9 and '-' (up to 31, starting with a letter or digit): " + name);
        }
        return factory -> factory.addContextCustomizers(
                context -> ((Engine) context.getParent().getParent()).setJvmRoute(name));
    }
}
