package org.broadsheet.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.media.service.MediaService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an upload costs: a 24-megapixel JPEG and a 4000 × 3000 PNG through the media service
 * (check, decode, every variant in WebP and JPEG/PNG, the social card, the store), one at a time
 * for latency and peak heap, then two uploaders at once for uploads per minute. Run by
 * {@code bench/media-processing.sh}.
 */
public final class MediaProcessingBench {

    private MediaProcessingBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path data = Path.of("bench/out/media").toAbsolutePath();
        BenchFiles.deleteRecursively(data);
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:media-bench;DB_CLOSE_DELAY=-1",
                "--broadsheet.data-dir=" + data,
                "--broadsheet.demo-content=false",
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet");
        try {
            MediaService media = app.getBean(MediaService.class);
            byte[] photo = BenchPhotos.encode(BenchPhotos.photo(6000, 4000), "jpeg");
            byte[] drawing = BenchPhotos.encode(BenchPhotos.photo(4000, 3000), "png");
            System.out.printf(
                    "inputs: 24 MP JPEG %.1f MB, 12 MP PNG %.1f MB; heap max %d MB%n",
                    photo.length / 1e6,
                    drawing.length / 1e6,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(
                    "%-28s %8s %8s %8s %14s%n", "one at a time", "p50_ms", "p95_ms", "max_ms", "peak_heap_MB");
            for (var input : List.of(
                    new Input("24 MP JPEG (6000 × 4000)", photo), new Input("12 MP PNG (4000 × 3000)", drawing))) {
                upload(media, input.bytes()); // warm-up
                System.gc();
                BenchHeap.resetPeaks();
                double[] p = Latency.measure(1, runs, i -> upload(media, input.bytes()));
                System.out.printf(
                        "%-28s %8.0f %8.0f %8.0f %14d%n", input.name(), p[0], p[1], p[2], BenchHeap.peak() >> 20);
            }
            AtomicInteger done = new AtomicInteger();
            long until = System.nanoTime() + seconds * 1_000_000_000L;
            try (ExecutorService uploaders = Executors.newFixedThreadPool(2)) {
                for (int t = 0; t < 2; t++) {
                    uploaders.submit(() -> {
                        while (System.nanoTime() < until) {
                            upload(media, photo);
                            done.incrementAndGet();
                        }
                    });
                }
            }
            System.out.printf(
                    "two uploaders, 24 MP JPEGs, %d s: %d uploads = %.1f uploads per minute%n",
                    seconds, done.get(), done.get() * 60.0 / seconds);
        } finally {
            app.close();
        }
    }

    private record Input(String name, byte[] bytes) {}

    private static void upload(MediaService media, byte[] file) {
        SystemActor.call(() -> media.upload("bench.jpg", file));
    }
}
