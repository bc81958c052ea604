package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderSlotsTest {

    final ExecutorService readers = Executors.newFixedThreadPool(4);
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        readers.shutdownNow();
    }

    @Test
    void noMoreRendersRunAtOnceThanThereAreSlots() throws Exception {
        RenderSlots slots = new RenderSlots(2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);
        CompletableFuture<?>[] renders = new CompletableFuture<?>[4];
        for (int i = 0; i < renders.length; i++) {
            renders[i] = CompletableFuture.runAsync(
                    () -> slots.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        twoIn.countDown();
                        await(release);
                        return running.decrementAndGet();
                    }),
                    readers);
        }
        assertThat(twoIn.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(running).as("the other two wait for a slot").hasValue(2);

        release.countDown();

        CompletableFuture.allOf(renders).get(5, TimeUnit.SECONDS);
        assertThat(most).hasValue(2);
    }

    @Test
    void aRenderThatCannotStartInTimeIsTurnedAwayAndTheSlotItWaitedForStillServes() throws Exception {
        RenderSlots slots = new RenderSlots(1, Duration.ofMillis(100));
        CountDownLatch in = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(
                () -> slots.run(() -> {
                    in.countDown();
                    await(release);
                    return "slow";
                }),
                readers);
        assertThat(in.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> slots.run(() -> "late")).isInstanceOf(RenderSlots.SiteBusy.class);

        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void aRenderThatFailsGivesItsSlotBack() {
        RenderSlots slots = new RenderSlots(1, Duration.ofMillis(100));

        assertThatThrownBy(() -> slots.run(() -> {
                    throw new PageNotFound();
                }))
                .isInstanceOf(PageNotFound.class);

        assertThat(slots.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
