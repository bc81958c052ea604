package org.broadsheet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.RawHttp;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whether a wrong login's answer time tells that an account exists: p50/p95/p99 of wrong
 * passwords for a real account and for unknown names, one after the other, through the real login form
 * on the embedded database, and their difference. Run by {@code bench/login-timing.sh}.
 */
public final class LoginTimingBench {

    private LoginTimingBench() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:login-timing",
                "--broadsheet.demo-content=false",
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
                // nothing may stop the guessing while it is measured
                "--broadsheet.security.attempts-per-ip=1000000",
                "--broadsheet.security.lockout-threshold=1000000",
                "--broadsheet.security.account-lockout-threshold=1000000");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            SystemActor.call(() -> app.getBean(UserAccountService.class)
                    .create(new NewAccount(
                            "real-editor",
                            "Real Editor",
                            "real@example.org",
                            "a long and private phrase",
                            EnumSet.of(Role.EDITOR))));
            // interleaved, so warm-up and the machine's drift weigh on both alike
            double[] known = new double[runs];
            double[] unknown = new double[runs];
            for (int i = -50; i < runs; i++) {
                double k = timed(port, "real-editor");
                double u = timed(port, "nobody-" + i);
                if (i >= 0) {
                    known[i] = k;
                    unknown[i] = u;
                }
            }
            known = Latency.percentiles(known);
            unknown = Latency.percentiles(unknown);
            System.out.printf("%-26s %8s %8s %8s%n", "wrong password (ms)", "p50", "p95", "p99");
            print("real account", known);
            print("unknown name", unknown);
            System.out.printf(
                    "p50 difference real − unknown: %.2f ms (%.1f %% of the unknown name's)%n",
                    known[0] - unknown[0], 100 * (known[0] - unknown[0]) / unknown[0]);
        } finally {
            app.close();
        }
    }

    private static void print(String what, double[] p) {
        System.out.printf("%-26s %8.2f %8.2f %8.2f%n", what, p[0], p[1], p[2]);
    }

    private static double timed(int port, String username) {
        long start = System.nanoTime();
        wrongPassword(port, username);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void wrongPassword(int port, String username) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=not+the+one";
        try {
            RawHttp.send(port, "POST", "/desk/login", List.of("Content-Type: application/x-www-form-urlencoded"), form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
