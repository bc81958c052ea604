package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of RFC 6238, appendix B, and the rules around them. */
class TotpCodesTest {

    /** The RFC's seeds are ASCII digits; apps take secrets as Base32. */
    private static final String SHA1_SEED = base32("12345678901234567890");

    private static final String SHA256_SEED = base32("12345678901234567890123456789012");
    private static final String SHA512_SEED =
            base32("1234567890123456789012345678901234567890123456789012345678901234");

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void rfc6238EightDigitVectors(long unixSeconds, String sha1, String sha256, String sha512) throws Exception {
        long step = TotpCodes.stepAt(Instant.ofEpochSecond(unixSeconds));
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 8).generate(SHA1_SEED, step))
                .isEqualTo(sha1);
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA256, 8).generate(SHA256_SEED, step))
                .isEqualTo(sha256);
        assertThat(new DefaultCodeGenerator(HashingAlgorithm.SHA512, 8).generate(SHA512_SEED, step))
                .isEqualTo(sha512);
    }

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void theSixDigitCodesAppsShowAreTheVectorsLastSixDigits(long unixSeconds, String eightDigits) {
        Instant at = Instant.ofEpochSecond(unixSeconds);
        TotpCodes codes = new TotpCodes(Clock.fixed(at, ZoneOffset.UTC));

        assertThat(codes.codeAt(SHA1_SEED, TotpCodes.stepAt(at))).isEqualTo(eightDigits.substring(2));
        assertThat(codes.matchingStep(SHA1_SEED, eightDigits.substring(2))).hasValue(TotpCodes.stepAt(at));
    }

    @Test
    void aCodeFromOneStepEitherSideIsAcceptedButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        TotpCodes codes = new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));
        long step = TotpCodes.stepAt(now);

        assertThat(codes.matchingStep(SHA1_SEED, codes.codeAt(SHA1_SEED, step - 1)))
                .hasValue(step - 1);
        assertThat(codes.matchingStep(SHA1_SEED, codes.codeAt(SHA1_SEED, step + 1)))
                .hasValue(step + 1);
        assertThat(codes.matchingStep(SHA1_SEED, codes.codeAt(SHA1_SEED, step - 2)))
                .isEmpty();
        assertThat(codes.matchingStep(SHA1_SEED, codes.codeAt(SHA1_SEED, step + 2)))
                .isEmpty();
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsNoMatch() {
        Instant now = Instant.ofEpochSecond(59);
        TotpCodes codes = new TotpCodes(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(codes.matchingStep(SHA1_SEED, "287 082")).isPresent();
        assertThat(codes.matchingStep(SHA1_SEED, "94287082")).isEmpty();
        assertThat(codes.matchingStep(SHA1_SEED, "28708")).isEmpty();
        assertThat(codes.matchingStep(SHA1_SEED, "")).isEmpty();
        assertThat(codes.matchingStep(SHA1_SEED, "28708x")).isEmpty();
    }

    @Test
    void newSecretsAre160BitBase32AndDiffer() {
        TotpCodes codes = new TotpCodes(Clock.systemUTC());
        String one = codes.newSecret();

        assertThat(one).matches("[A-Z2-7]{32}");
        assertThat(new Base32().decode(one)).hasSize(20);
        assertThat(codes.newSecret()).isNotEqualTo(one);
    }

    @Test
    void theProvisioningUriNamesTheSiteAndTheAccount() {
        String uri = TotpCodes.provisioningUri("The Daily Rumble", "ana", SHA1_SEED);

        assertThat(uri)
                .startsWith("otpauth://totp/")
                .contains(
                        "secret=" + SHA1_SEED,
                        "issuer=The%20Daily%20Rumble",
                        "digits=6",
                        "period=30",
                        "algorithm=SHA1");
        assertThat(TotpCodes.qrCodeDataUri("The Daily Rumble", "ana", SHA1_SEED))
                .startsWith("data:image/png;base64,");
    }

    private static String base32(String ascii) {
        return new Base32().encodeToString(ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
