package org.broadsheet.desk.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.broadsheet.people.service.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

class LoginThrottleFilterTest {

    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final LoginThrottleFilter filter = new LoginThrottleFilter(
            throttle, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/desk/login"));

    @BeforeEach
    void twoAttemptsAllowed() {
        when(throttle.mayAttempt("192.0.2.10")).thenReturn(true, true, false);
    }

    @Test
    void loginPostsBeyondTheAllowanceGoBackToTheLoginPageWithoutReachingAuthentication() throws Exception {
        assertThat(post().getStatus()).isEqualTo(200);
        assertThat(post().getStatus()).isEqualTo(200);
        MockHttpServletResponse stopped = post();
        assertThat(stopped.getStatus()).isEqualTo(303);
        assertThat(stopped.getHeader("Location")).isEqualTo("/desk/login?throttled");
    }

    @Test
    void otherRequestsAreNeverCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            MockHttpServletRequest page = new MockHttpServletRequest("GET", "/desk/login");
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(page, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isNotNull();
        }
        assertThat(post().getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse post() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/desk/login");
        request.setRemoteAddr("192.0.2.10");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
