package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.broadsheet.base.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAListOfAtLeastTenThousandCommonPasswords() {
        assertThat(policy.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Kettle-Rain-Ledger-42", "zürich im nebel 1987"})
    void acceptsLongUncommonPasswords(String password) {
        assertThat(policy.problem("ana", password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Password123!",
                "QWERTY123456",
                "iloveyou2024",
                "passw0rd2026",
                "123456789012",
                "letmein12345",
                "Broadsheet2025"
            })
    void refusesThePasswordsAttackersTryFirstWhateverTheirCase(String password) {
        assertThat(policy.problem("ana", password))
                .hasValueSatisfying(m -> assertThat(m).contains("attackers"));
    }

    @Test
    void refusesShortPasswordsThePasswordOfTheUsernameAndOverlongOnes() {
        assertThat(policy.problem("ana", "short-one"))
                .hasValueSatisfying(m -> assertThat(m).contains("12"));
        assertThat(policy.problem("ana.quispe", "my-Ana.Quispe-password"))
                .hasValueSatisfying(m -> assertThat(m).contains("username"));
        assertThat(policy.problem("ana", "é".repeat(40)))
                .hasValueSatisfying(m -> assertThat(m).contains("72"));
        assertThatThrownBy(() -> policy.check("ana", "short"))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
    }
}
