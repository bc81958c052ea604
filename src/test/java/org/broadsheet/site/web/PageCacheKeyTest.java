package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageCacheKeyTest {

    @Test
    void onlyTheParametersPagesReadMakeAnotherPage() {
        assertThat(key("/americas", "utm_source=x&n=1")).isEqualTo(key("/americas", null));
        assertThat(key("/search", "q=water&year=2025&x=1")).isEqualTo(key("/search", "year=2025&q=water"));
        assertThat(key("/americas", "page=2")).isNotEqualTo(key("/americas", null));
        assertThat(key("/search", "q=water&section=americas")).isNotEqualTo(key("/search", "q=water"));
    }

    private static String key(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return PageCache.key(request);
    }
}
