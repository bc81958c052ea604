package org.broadsheet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.search.service.SearchIndexService;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search at scale: N generated articles in the embedded PostgreSQL the tests use, the Lucene
 * index built from them, then reader queries of five kinds through the search service, and the
 * same queries through PostgreSQL full-text search (a stored tsvector with a GIN index) as the
 * anchor. Run by {@code bench/search-bench.sh}.
 */
public final class SearchBench {

    /** Unmeasured queries before each kind, after the whole search path has been warmed up. */
    private static final int WARM_UP = 100;
    /** At least this many warm-up rounds: the JIT goes on compiling after the rounds stop shrinking. */
    private static final int WARM_UP_ROUNDS = 20;
    /** Warm-up rounds of every query of every kind go on until this long at most. */
    private static final long WARM_UP_NANOS = 180_000_000_000L;
    /** The database needs no JIT warm-up, and each of its queries takes most of a second at 100 000. */
    private static final int POSTGRES_WARM_UP = 10;

    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("one term", List.of("harvest", "pension", "lithium", "bridge", "drought"));
        QUERIES.put(
                "two terms", List.of("water council", "rent school", "glacier drought", "bus strike", "fuel wages"));
        QUERIES.put(
                "phrase",
                List.of(
                        "\"the water plan\"",
                        "\"rent controls\"",
                        "\"flood defences\"",
                        "\"school budgets\"",
                        "\"the new bridge\""));
        QUERIES.put(
                "rare term", List.of("cooperative", "displacement", "transparency", "corruption", "reconstruction"));
        QUERIES.put("common term", List.of("water", "housing", "rent", "families", "budget"));
    }

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path indexDir =
                Path.of(args.length > 1 ? args[1] : "bench/out/search-index").toAbsolutePath();
        int luceneRuns = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int postgresRuns = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        BenchFiles.deleteRecursively(indexDir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext app = SpringApplication.run(
                    Application.class,
                    "--server.port=0",
                    "--management.server.port=0",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
                    "--broadsheet.generate.articles=" + articles,
                    "--broadsheet.generate.exit=false",
                    "--broadsheet.search.rebuild-on-start=false",
                    "--spring.jpa.properties.hibernate.search.backend.directory.root=" + indexDir);
            try {
                run(app, indexDir, articles, luceneRuns, postgresRuns);
            } finally {
                app.close();
            }
        }
    }

    private static void run(
            ConfigurableApplicationContext app, Path indexDir, int articles, int luceneRuns, int postgresRuns)
            throws Exception {
        SearchIndexService index = app.getBean(SearchIndexService.class);
        SearchService search = app.getBean(SearchService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

        long start = System.nanoTime();
        SystemActor.run(index::rebuild);
        while (SystemActor.call(index::status).rebuilding()) {
            Thread.sleep(200);
        }
        double luceneBuild = seconds(start);
        long documents = SystemActor.call(index::status).documents();
        long luceneBytes = sizeOf(indexDir);

        double pgBuild = 0;
        long pgIndexBytes = 0;
        if (postgresRuns > 0) {
            start = System.nanoTime();
            jdbc.execute(
                    "alter table article add column bench_tsv tsvector generated always as (to_tsvector('english', "
                            + "title || ' ' || coalesce(standfirst, '') || ' ' || body)) stored");
            jdbc.execute("create index article_bench_tsv on article using gin (bench_tsv)");
            jdbc.execute("analyze article");
            pgBuild = seconds(start);
            pgIndexBytes = jdbc.queryForObject("select pg_relation_size('article_bench_tsv')", Long.class);
        }

        System.out.printf("%n%d generated articles (+ demo), %d documents in the index%n", articles, documents);
        System.out.printf(
                "index build: Lucene (mass indexer, from PostgreSQL) %.1f s, %s on disk; "
                        + "PostgreSQL tsvector column + GIN %.1f s, GIN index %s%n",
                luceneBuild, mib(luceneBytes), pgBuild, mib(pgIndexBytes));
        System.out.printf(
                "%nqueries per kind: %d through the search service, %d through PostgreSQL%n", luceneRuns, postgresRuns);
        warmUp(search);
        System.out.printf(
                "%-12s | %-34s | %-34s | p95 ratio%n",
                "query", "Lucene via SearchService p50/p95/p99 ms", "PostgreSQL FTS p50/p95/p99 ms");
        for (var kind : QUERIES.entrySet()) {
            List<String> queries = kind.getValue();
            double[] lucene = measure(queries, WARM_UP, luceneRuns, q -> firstPage(search, q));
            double[] pg = postgresRuns == 0
                    ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                    : measure(queries, POSTGRES_WARM_UP, postgresRuns, q -> jdbc.queryForList("""
                            select id, count(*) over () as total from article, websearch_to_tsquery('english', ?) q
                            where bench_tsv @@ q and status = 'PUBLISHED' and deleted_at is null
                            order by ts_rank(bench_tsv, q) desc limit 20""", q));
            System.out.printf(
                    "%-12s | %8.2f %8.2f %8.2f %9s | %8.2f %8.2f %8.2f %9s | %.2f%n",
                    kind.getKey(), lucene[0], lucene[1], lucene[2], "", pg[0], pg[1], pg[2], "", lucene[1] / pg[1]);
        }
        // a kind's p95 is mostly its slowest query's usual time: each query on its own shows which
        System.out.printf("%neach query on its own through the search service, p50/p95 ms:%n");
        for (var kind : QUERIES.entrySet()) {
            for (String q : kind.getValue()) {
                double[] alone = measure(
                        List.of(q),
                        WARM_UP / 10,
                        Math.max(20, luceneRuns / kind.getValue().size()),
                        typed -> firstPage(search, typed));
                System.out.printf("%-12s %-20s %8.2f %8.2f%n", kind.getKey(), q, alone[0], alone[1]);
            }
        }
    }

    /**
     * Every query of every kind, in rounds of four each, at least {@link #WARM_UP_ROUNDS} rounds and
     * then until two rounds in a row no longer beat the best round by 3 % (at most
     * {@link #WARM_UP_NANOS}): the kind measured first would otherwise carry the JIT's
     * compilation of the search path. Prints each round's time.
     */
    private static void warmUp(SearchService search) {
        List<String> all = QUERIES.values().stream().flatMap(List::stream).toList();
        long deadline = System.nanoTime() + WARM_UP_NANOS;
        double best = Double.MAX_VALUE;
        int notBetter = 0;
        StringBuilder rounds = new StringBuilder();
        int round = 0;
        while ((round++ < WARM_UP_ROUNDS || notBetter < 2) && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            for (int i = 0; i < 4 * all.size(); i++) {
                firstPage(search, all.get(i % all.size()));
            }
            double millis = (System.nanoTime() - start) / 1e6;
            rounds.append(String.format(" %.0f", millis));
            notBetter = millis < best * 0.97 ? 0 : notBetter + 1;
            best = Math.min(best, millis);
        }
        System.out.printf("warm-up, ms per round of %d queries:%s%n", 4 * all.size(), rounds);
    }

    /** A reader's first page of 20 results for the typed words. */
    private static void firstPage(SearchService search, String typed) {
        search.searchPublished(SearchQuery.of(typed, ZoneOffset.UTC, 1, 20));
    }

    /** p50, p95, p99 in milliseconds over {@code runs} queries, after {@code warmUp} unmeasured ones. */
    private static double[] measure(List<String> queries, int warmUp, int runs, Consumer<String> query) {
        return Latency.measure(warmUp, runs, i -> query.accept(queries.get(i % queries.size())));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }
}
