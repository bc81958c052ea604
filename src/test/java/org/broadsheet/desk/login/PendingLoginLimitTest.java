package org.broadsheet.desk.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingLoginLimitTest {

    @Test
    void anAddressOpensOnlyItsShareOfHalfDoneLogins() {
        PendingLoginLimit limit = new PendingLoginLimit();
        for (int i = 0; i < PendingLoginLimit.PER_ADDRESS; i++) {
            assertThat(limit.admit("198.51.100.5")).as("pending login " + i).isTrue();
        }
        assertThat(limit.admit("198.51.100.5")).isFalse();
        assertThat(limit.admit("192.0.2.6")).as("another address").isTrue();
    }
}
