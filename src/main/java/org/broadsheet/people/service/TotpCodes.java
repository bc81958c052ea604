package org.broadsheet.people.service;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six
 * digits, 30-second steps, a 160-bit secret shown as Base32.
 */
@Component
class TotpCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    /** A phone's clock may be a step off either way; more would widen the guessing window. */
    static final int ALLOWED_DRIFT_STEPS = 1;

    private static final int SECRET_BASE32_CHARACTERS = 32;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(SECRET_BASE32_CHARACTERS);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a code for this secret", e);
        }
    }

    /** The time step near now whose code is {@code code}, if any; compared in constant time. */
    OptionalLong matchingStep(String secret, String code) {
        String typed = code.replaceAll("\\s", "");
        if (!CODE.matcher(typed).matches()) {
            return OptionalLong.empty();
        }
        long now = stepAt(clock.instant());
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The {@code otpauth://} URI that authenticator apps read from the QR code. */
    static String provisioningUri(String issuer, String accountName, String secret) {
        return qrData(issuer, accountName, secret).getUri();
    }

    static String qrCodeDataUri(String issuer, String accountName, String secret) {
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        generator.setImageSize(200);
        try {
            return Utils.getDataUriForImage(
                    generator.generate(qrData(issuer, accountName, secret)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    private static QrData qrData(String issuer, String accountName, String secret) {
        return new QrData.Builder()
                .label(accountName)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
    }
}
