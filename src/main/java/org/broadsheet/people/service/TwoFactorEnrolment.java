package org.broadsheet.people.service;

/**
 * A secret offered to the logged-in user, not yet stored: it becomes theirs only once they
 * confirm it with a code from their app.
 *
 * @param secret          Base32, for typing into the app by hand
 * @param provisioningUri the {@code otpauth://} URI the QR code holds
 * @param qrCodeDataUri   the QR code as a PNG {@code data:} URI
 */
public record TwoFactorEnrolment(String secret, String provisioningUri, String qrCodeDataUri) {}
