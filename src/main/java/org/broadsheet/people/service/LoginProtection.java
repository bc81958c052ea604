package org.broadsheet.people.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.security.*}: how hard guessing passwords is made.
 *
 * @param lockoutThreshold  consecutive wrong passwords that lock an account
 * @param lockoutDuration   the first lock; each further lockout before a good login doubles it
 * @param attemptsPerIp     login attempts one address may make per {@code attemptWindow}
 * @param attemptWindow     the window of that rate limit
 */
@ConfigurationProperties("broadsheet.security")
public record LoginProtection(
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("20") int attemptsPerIp,
        @DefaultValue("5m") Duration attemptWindow) {}
