package org.broadsheet.bench;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** Runs a piece of work many times after a warm-up and reports its p50, p95 and p99 in milliseconds. */
final class Latency {

    private Latency() {}

    /** @param work called with the run's number, so it can vary its input */
    static double[] measure(int warmUp, int runs, IntConsumer work) {
        for (int i = 0; i < warmUp; i++) {
            work.accept(i);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return percentiles(millis);
    }

    /** p50, p95 and p99 of the given times. */
    static double[] percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new double[] {percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)};
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
