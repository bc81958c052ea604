package org.broadsheet.people;

import java.util.Map;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.service.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The operator's way back in when the last admin is locked out:
 * {@code java -jar broadsheet.jar --broadsheet.unlock=admin} unlocks the account (for every
 * address), records it in the audit log and exits. Its web server (the desk needs one to start)
 * listens on a free loopback port only, so it neither collides with a running node nor serves
 * anyone.
 */
@Component
class CommandLineUnlock implements ApplicationRunner {

    static final String PROPERTY = "broadsheet.unlock";
    private static final Logger log = LoggerFactory.getLogger(CommandLineUnlock.class);

    private final UserAccountService accounts;
    private final ConfigurableApplicationContext context;

    CommandLineUnlock(UserAccountService accounts, ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = context.getEnvironment().getProperty(PROPERTY, "").strip();
        if (!username.isEmpty()) {
            int code = unlock(username);
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }

    /** @return the process's exit code */
    int unlock(String username) {
        try {
            SystemActor.run(() -> accounts.unlockByUsername(username));
            log.warn("Unlocked {}: logins to it are open again from every address.", username);
            return 0;
        } catch (DomainException.NotFound e) {
            log.error("There is no account named {}: nothing was unlocked.", username);
            return 1;
        }
    }

    /** With {@code broadsheet.unlock} the process does that one job: serving nobody, no background work. */
    public static class Environment implements EnvironmentPostProcessor {

        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            if (!environment.getProperty(PROPERTY, "").isBlank()) {
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                "broadsheetUnlock",
                                Map.of(
                                        "server.port", "0",
                                        "server.address", "127.0.0.1",
                                        "broadsheet.demo-content", "false",
                                        "broadsheet.search.rebuild-on-start", "false")));
            }
        }
    }
}
