package org.broadsheet.base;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Who a request comes from, behind a reverse proxy. {@code broadsheet.trusted-proxies} lists the
 * proxies' addresses; only a request arriving from one of them has its {@code X-Forwarded-For}
 * (the client address the login rate limit and the audit log use) and {@code X-Forwarded-Proto}
 * (so {@code Secure} cookies are set behind TLS) believed, by Tomcat's RemoteIpValve. Without the
 * setting no forwarded header is read at all: the address is the socket's.
 */
public class TrustedProxies implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "broadsheet.trusted-proxies";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String proxies = environment.getProperty(PROPERTY, "").strip();
        Map<String, Object> settings = proxies.isEmpty()
                ? Map.of("server.forward-headers-strategy", "none")
                : Map.of(
                        "server.forward-headers-strategy", "native",
                        "server.tomcat.remoteip.internal-proxies", pattern(proxies),
                        "server.tomcat.remoteip.trusted-proxies", "",
                        "server.tomcat.remoteip.remote-ip-header", "X-Forwarded-For",
                        "server.tomcat.remoteip.protocol-header", "X-Forwarded-Proto",
                        // the public address comes from the settings, never from a forwarded host
                        "server.tomcat.remoteip.host-header", "X-Broadsheet-Unused-Host");
        environment.getPropertySources().addFirst(new MapPropertySource("broadsheetTrustedProxies", settings));
    }

    /** Exactly these addresses, as the regular expression Tomcat takes. */
    static String pattern(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
