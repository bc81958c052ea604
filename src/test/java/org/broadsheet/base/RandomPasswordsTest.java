package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Generated passwords pass the password policy for the account they are made for. */
class RandomPasswordsTest {

    @Test
    void aGeneratedPasswordNeverContainsTheUsernameInAnyCase() {
        // a one-letter name appears in about half of all plain random passwords
        assertThat(IntStream.range(0, 2_000).mapToObj(i -> RandomPasswords.generateFor("a")))
                .allSatisfy(password ->
                        assertThat(password).doesNotContainIgnoringCase("a").hasSize(20));
    }
}
