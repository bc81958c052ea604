package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.broadsheet.base.BroadsheetProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Renders of different pages run side by side; readers of one page wait for its single render. */
class PageCacheConcurrencyTest {

    /** "Aa" and "BB" have the same hash code, so these keys share a bin of any hash table. */
    static final String ONE = "/Aa";

    static final String OTHER = "/BB";

    final PageCache cache = new PageCache(
            new BroadsheetProperties(Path.of("unused"), false, false, null, 100, null),
            new SimpleMeterRegistry(),
            new RenderSlots(4, RenderSlots.WAIT));
    final ExecutorService readers = Executors.newFixedThreadPool(3);
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger renders = new AtomicInteger();

    @AfterEach
    void stop() {
        release.countDown();
        readers.shutdownNow();
    }

    @Test
    void aSlowRenderHoldsUpNoOtherPage() throws Exception {
        assertThat(PageCache.key(new MockHttpServletRequest("GET", ONE)).hashCode())
                .isEqualTo(
                        PageCache.key(new MockHttpServletRequest("GET", OTHER)).hashCode());
        CompletableFuture<String> slow = read(ONE, this::slowPage);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(read(OTHER, () -> page("other")).get(5, TimeUnit.SECONDS)).isEqualTo("other");

        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
    }

    @Test
    void readersOfAPageBeingRenderedWaitForThatRender() throws Exception {
        CompletableFuture<String> first = read(ONE, this::slowPage);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = read(ONE, this::slowPage);
        Thread.sleep(200);
        assertThat(second).isNotDone();

        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(renders).hasValue(1);
    }

    @Test
    void aPageThatIsNotThereIsNotThereForTheWaitingReadersEither() throws Exception {
        Supplier<RenderedPage> missing = () -> {
            slowPage();
            throw new PageNotFound();
        };
        CompletableFuture<String> first = read(ONE, missing);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = read(ONE, missing);
        Thread.sleep(200);

        release.countDown();

        for (CompletableFuture<String> reader : java.util.List.of(first, second)) {
            assertThatThrownBy(() -> reader.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(PageNotFound.class);
        }
        assertThat(renders).hasValue(1);
        assertThat(cache.size()).isZero();
    }

    private CompletableFuture<String> read(String path, Supplier<RenderedPage> render) {
        return CompletableFuture.supplyAsync(
                () -> new String(
                        cache.respond(new MockHttpServletRequest("GET", path), PublicResponses.HTML, render)
                                .getBody(),
                        StandardCharsets.UTF_8),
                readers);
    }

    private RenderedPage slowPage() {
        renders.incrementAndGet();
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return page("slow");
    }

    private static RenderedPage page(String html) {
        return new RenderedPage(html, Instant.parse("2026-11-01T10:00:00Z"), Set.of("article:1"));
    }
}
