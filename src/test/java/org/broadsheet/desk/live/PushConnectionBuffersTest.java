package org.broadsheet.desk.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.websocket.WebSocket;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BroadsheetWebTest
class PushConnectionBuffersTest {

    @Autowired
    ServletContext servletContext;

    @LocalServerPort
    int port;

    @Test
    void aPushConnectionOpenedByTheDeskKeepsNoLargeBuffers() throws Exception {
        // the desk's servlet, and with it Vaadin's push, starts on its first request
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        AtmosphereFramework push = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast)
                .findFirst()
                .orElseThrow();

        Connection connection = new Connection(push.getAtmosphereConfig());

        assertThat(connection.bufferBytes()).isLessThanOrEqualTo(PushConnectionBuffers.UNUSED_BUFFER_SIZE * 3);
    }

    /** A WebSocket as Atmosphere builds one for each push connection, to read what it allocated. */
    private static final class Connection extends WebSocket {

        Connection(AtmosphereConfig config) {
            super(config);
        }

        int bufferBytes() {
            return bb.capacity() + cb.capacity() * Character.BYTES;
        }

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public WebSocket write(String s) {
            return this;
        }

        @Override
        public WebSocket write(byte[] b, int offset, int length) {
            return this;
        }

        @Override
        public void close() {}
    }
}
