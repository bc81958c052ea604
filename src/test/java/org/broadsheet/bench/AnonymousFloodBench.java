package org.broadsheet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.Application;
import org.broadsheet.testsupport.RawHttp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A flood of anonymous requests to the desk ({@code /desk/?v-r=init…}, which used to make a
 * Vaadin session and UI each): the heap after a full GC and the throughput of a cached public
 * page before and after it, and how many responses set a session cookie. Bounded in count and
 * time, on loopback. Run by {@code bench/anonymous-flood.sh}.
 */
public final class AnonymousFloodBench {

    private AnonymousFloodBench() {}

    public static void main(String[] args) throws Exception {
        int flood = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:anonymous-flood",
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String page = "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city";
            throughput(port, page); // warm-up: the JIT, the page cache
            double before = throughput(port, page);
            long heapBefore = heapAfterGc();

            AtomicInteger sessions = new AtomicInteger();
            long started = System.nanoTime();
            run(4, flood, i -> {
                RawHttp.Response answer = RawHttp.get(port, "/desk/?v-r=init&location=&query=" + i);
                if (answer.text().toLowerCase().contains("set-cookie: jsessionid")) {
                    sessions.incrementAndGet();
                }
            });
            double floodSeconds = (System.nanoTime() - started) / 1e9;

            long heapAfter = heapAfterGc();
            double after = throughput(port, page);
            System.out.printf(
                    "anonymous desk requests: %d in %.1f s (%.0f/s), responses with a session cookie: %d%n",
                    flood, floodSeconds, flood / floodSeconds, sessions.get());
            System.out.printf(
                    "heap after full GC: before %.1f MB, after %.1f MB (%+.1f MB)%n",
                    heapBefore / 1e6, heapAfter / 1e6, (heapAfter - heapBefore) / 1e6);
            System.out.printf(
                    "cached article page: before %.0f req/s, after %.0f req/s (ratio %.2f)%n",
                    before, after, after / before);
        } finally {
            app.close();
        }
    }

    interface Request {
        void send(int number) throws IOException;
    }

    private static void run(int threads, int total, Request request) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    try {
                        request.send(i);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    /** Cached-page requests per second from 4 connections over 3 seconds. */
    private static double throughput(int port, String page) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        RawHttp.get(port, page);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return done.get() / 3.0;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
