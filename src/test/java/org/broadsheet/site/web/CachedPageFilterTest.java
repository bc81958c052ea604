package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.PublicContentChanged;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A cached page is answered ahead of the application, as the application answered it, and only
 * while the page cache holds it.
 */
class CachedPageFilterTest {

    static final String POLICY = "default-src 'self'";

    final PageCache cache = new PageCache(
            new BroadsheetProperties(Path.of("unused"), false, false, null, 100, null),
            new SimpleMeterRegistry(),
            new RenderSlots(4, RenderSlots.WAIT));
    final CachedPageFilter filter = new CachedPageFilter(cache);
    final AtomicInteger renders = new AtomicInteger();
    final AtomicInteger throughTheApplication = new AtomicInteger();

    /** What the application does for a page: the security chain's header, then the page cache. */
    final FilterChain application = (req, res) -> {
        throughTheApplication.incrementAndGet();
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Content-Security-Policy", POLICY);
        ResponseEntity<byte[]> answer = cache.respond(
                (HttpServletRequest) req,
                PublicResponses.HTML,
                () -> new RenderedPage(
                        "<p>render " + renders.incrementAndGet() + "</p>",
                        Instant.parse("2026-11-01T10:00:00Z"),
                        Set.of("article:1")));
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        if (answer.getBody() != null) {
            response.setContentType(answer.getHeaders().getContentType().toString());
            response.getOutputStream().write(answer.getBody());
        }
    };

    @Test
    void aKeptPageIsAnsweredAheadWithTheApplicationsHeadersAndBody() throws Exception {
        MockHttpServletResponse first = get("/americas/bolivia/a-story");
        assertThat(throughTheApplication).hasValue(1);

        MockHttpServletResponse plain = get("/americas/bolivia/a-story");
        MockHttpServletResponse gzipped = get("/americas/bolivia/a-story", "Accept-Encoding", "br, gzip");
        assertThat(throughTheApplication).as("answered ahead").hasValue(1);
        assertThat(renders).hasValue(1);

        assertThat(plain.getContentAsString())
                .isEqualTo(first.getContentAsString())
                .isEqualTo("<p>render 1</p>");
        assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(first.getContentAsString());
        for (MockHttpServletResponse ahead : new MockHttpServletResponse[] {plain, gzipped}) {
            assertThat(ahead.getStatus()).isEqualTo(200);
            assertThat(ahead.getContentType()).isEqualTo(first.getContentType());
            for (String name : new String[] {"Content-Security-Policy", "ETag", "Last-Modified", "Cache-Control"}) {
                assertThat(ahead.getHeader(name)).as(name).isNotNull().isEqualTo(first.getHeader(name));
            }
            assertThat(ahead.getHeader("Vary")).isEqualTo("Cookie, Accept-Encoding");
            assertThat(ahead.getContentLength()).isEqualTo(ahead.getContentAsByteArray().length);
        }
        assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(plain.getHeader("Content-Encoding")).isNull();
    }

    @Test
    void aKeptPageIsGzippedOnceForItsRenderAndEveryAnswerAfter() throws Exception {
        // long enough that the fastest and the smallest gzip differ
        StringBuilder story = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            story.append("<p>Paragraph ").append(i * 7919 % 1000).append(" of the cable car story.</p>");
        }
        FilterChain longPage = (req, res) -> {
            ResponseEntity<byte[]> answer = cache.respond(
                    (HttpServletRequest) req,
                    PublicResponses.HTML,
                    () -> new RenderedPage(
                            story.toString(), Instant.parse("2026-11-01T10:00:00Z"), Set.of("article:1")));
            HttpServletResponse response = (HttpServletResponse) res;
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(answer.getHeaders().getContentType().toString());
            response.getOutputStream().write(answer.getBody());
        };
        List<byte[]> answers = new java.util.ArrayList<>();
        for (String query : new String[] {null, null, "utm_source=feed"}) {
            MockHttpServletRequest request = request("/americas/bolivia/a-story");
            request.addHeader("Accept-Encoding", "gzip");
            if (query != null) {
                request.setQueryString(query);
                request.addParameter("utm_source", "feed");
            }
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, longPage);
            assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
            answers.add(response.getContentAsByteArray());
        }

        assertThat(answers.get(0)).isNotEqualTo(Gzip.fastest(story.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(answers)
                .as("the render, the cached answer and one through the application: the same bytes, compressed once")
                .allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(gunzip(answers.get(0))).isEqualTo(story.toString());
    }

    @Test
    void aConditionalRequestForAKeptPageGetsNotModifiedAhead() throws Exception {
        String etag = get("/africa").getHeader("ETag");

        MockHttpServletResponse answer = get("/africa", "If-None-Match", etag);

        assertThat(throughTheApplication).hasValue(1);
        assertThat(answer.getStatus()).isEqualTo(304);
        assertThat(answer.getContentAsByteArray()).isEmpty();
        assertThat(answer.getHeader("ETag")).isEqualTo(etag);
        assertThat(answer.getHeader("Content-Security-Policy")).isEqualTo(POLICY);
    }

    @Test
    void aChangeSendsTheNextRequestThroughTheApplicationToRenderAgain() throws Exception {
        get("/africa");
        cache.onChange(PublicContentChanged.everything());

        assertThat(get("/africa").getContentAsString()).isEqualTo("<p>render 2</p>");
        assertThat(throughTheApplication).hasValue(2);
        assertThat(get("/africa").getContentAsString()).isEqualTo("<p>render 2</p>");
        assertThat(throughTheApplication).hasValue(2);
    }

    @Test
    void withTheCacheOffARenderIsNeitherKeptNorPrepared() throws Exception {
        PageCache off = new PageCache(
                new BroadsheetProperties(Path.of("unused"), false, false, null, 0, null),
                new SimpleMeterRegistry(),
                new RenderSlots(4, RenderSlots.WAIT));
        MockHttpServletRequest request = request("/africa");
        FilterChain renderingWithTheCacheOff = (req, res) -> {
            off.respond(
                    (HttpServletRequest) req,
                    PublicResponses.HTML,
                    () -> new RenderedPage("<p>once</p>", Instant.parse("2026-11-01T10:00:00Z"), Set.of("article:1")));
            ((HttpServletResponse) res).setContentType("text/html");
        };

        new CachedPageFilter(off).doFilter(request, new MockHttpServletResponse(), renderingWithTheCacheOff);

        // the cache drops what it cannot keep a moment later, on its own thread: it must not get it at all,
        // or the filter may spend a gzip on a page no reader will get from the cache
        assertThat(request.getAttribute(PageCache.KEPT)).isNull();
        assertThat(off.size()).isZero();
    }

    @Test
    void parametersNoPageReadsGoThroughTheApplication() throws Exception {
        get("/");
        get("/", "?p=42");
        assertThat(throughTheApplication)
                .as("a WordPress ?p=42 is answered before the page cache")
                .hasValue(2);
        get("/", "?page=1");
        get("/", "?page=1");
        assertThat(throughTheApplication).as("page is a page's own parameter").hasValue(3);
    }

    @Test
    void aResponseThatSetACookieIsNeverSentToAnotherReader() throws Exception {
        FilterChain settingACookie = (req, res) -> {
            ((HttpServletResponse) res).addHeader("Set-Cookie", "someone=1");
            application.doFilter(req, res);
        };
        filter.doFilter(request("/opinion"), new MockHttpServletResponse(), settingACookie);

        get("/opinion");

        assertThat(throughTheApplication).hasValue(2);
    }

    @Test
    void aPageFirstSentOverHttpsIsNotSentAheadOverPlainHttp() throws Exception {
        MockHttpServletRequest secure = request("/opinion");
        secure.setSecure(true);
        filter.doFilter(secure, new MockHttpServletResponse(), application);

        get("/opinion");

        assertThat(throughTheApplication).as("HTTPS answers may carry HSTS").hasValue(2);
    }

    private MockHttpServletResponse get(String path, String... headerOrQuery) throws Exception {
        MockHttpServletRequest request = request(path);
        for (int i = 0; i < headerOrQuery.length; i++) {
            if (headerOrQuery[i].startsWith("?")) {
                String query = headerOrQuery[i].substring(1);
                request.setQueryString(query);
                String[] pair = query.split("=", 2);
                request.addParameter(pair[0], pair[1]);
            } else {
                request.addHeader(headerOrQuery[i], headerOrQuery[++i]);
            }
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, application);
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
