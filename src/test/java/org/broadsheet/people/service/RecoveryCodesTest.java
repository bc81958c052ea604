package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void tenDifferentCodesOfSixteenCharacters() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(RecoveryCodes.COUNT);
        assertThat(new HashSet<>(codes)).hasSize(RecoveryCodes.COUNT);
        assertThat(codes).allSatisfy(code -> assertThat(code.replace("-", "")).matches("[a-z0-9]{16}"));
    }

    @Test
    void aCodeTypedWithoutHyphensOrInCapitalsHashesTheSame() {
        String code = RecoveryCodes.generate().getFirst();
        String typed = " " + code.replace("-", "").toUpperCase() + " ";

        assertThat(RecoveryCodes.looksLikeOne(typed)).isTrue();
        assertThat(RecoveryCodes.hash(typed)).isEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.hash(code)).matches("[0-9a-f]{64}").doesNotContain(code);
    }

    @Test
    void sixDigitsDoNotLookLikeARecoveryCode() {
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
    }
}
