package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A named node's sessions carry its name, for the proxy that keeps each desk on its node. */
@BroadsheetWebTest
@TestPropertySource(properties = "broadsheet.node-name=node-a")
class NodeRouteTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionOfALoginEndsWithTheNodesName() throws Exception {
        RawHttp.Response loggedIn = RawHttp.send(
                port,
                "POST",
                "/desk/login",
                List.of("Content-Type: application/x-www-form-urlencoded"),
                "username=admin&password=" + URLEncoder.encode(BroadsheetTest.ADMIN_PASSWORD, StandardCharsets.UTF_8));

        assertThat(loggedIn.header("Set-Cookie")).matches("JSESSIONID=[0-9A-F]+\\.node-a;.*");
    }
}
