package org.broadsheet.people.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.security.*}: how hard guessing passwords is made.
 *
 * @param lockoutThreshold        consecutive wrong passwords from one address that lock the account
 *                                for that address (and wrong second-step codes that lock it whole)
 * @param lockoutDuration         the first lock; each further lockout before a good login doubles it
 * @param attemptsPerIp           failed logins one address may make per {@code attemptWindow}
 * @param attemptWindow           the window of that rate limit
 * @param accountLockoutThreshold consecutive wrong passwords from anywhere that pause the whole
 *                                account for {@code lockoutDuration}, never longer: guessing spread
 *                                over many addresses is slowed without handing anyone a switch that
 *                                keeps the owner out for days
 * @param lockoutMaximum          the longest a doubled lock lasts
 */
@ConfigurationProperties("broadsheet.security")
public record LoginProtection(
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("20") int attemptsPerIp,
        @DefaultValue("5m") Duration attemptWindow,
        @DefaultValue("25") int accountLockoutThreshold,
        @DefaultValue("24h") Duration lockoutMaximum) {}
