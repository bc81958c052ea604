package org.broadsheet.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
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
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:media-bench;DB_CLOSE_DELAY=-1",
                "--broadsheet.data-dir=" + data,
                "--broadsheet.demo-content=false",
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet");
        try {
            MediaService media = app.getBean(MediaService.class);
            byte[] photo = encode(photo(6000, 4000), "jpeg");
            byte[] drawing = encode(photo(4000, 3000), "png");
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
                resetPeaks();
                double[] p = Latency.measure(1, runs, i -> upload(media, input.bytes()));
                System.out.printf("%-28s %8.0f %8.0f %8.0f %14d%n", input.name(), p[0], p[1], p[2], peakHeap() >> 20);
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

    /** Something like a photograph to a compressor: soft gradients with fine noise. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x4A7BB7), width, height, new Color(0xE9B872)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        Random random = new Random(1);
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(24) - 12;
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage image, String format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most heap in use at any moment since the reset, summed over the heap's pools. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
