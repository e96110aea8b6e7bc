package org.imrtreview.letter.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The authorization number printed on an approval: {@code AUTH-XXXXX-XXXXX}, ten Crockford base-32
 * characters of the SHA-256 of the request ID. Deterministic (the same request always gets the same
 * number, so a re-printed letter matches the first), needs no shared counter on a standalone
 * workstation, and 50 bits make a collision between two requests practically impossible. See
 * docs/decisions/0041.
 */
public final class AuthorizationNumber {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private AuthorizationNumber() {
    }

    public static String forRequest(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("request ID is required");
        }
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256")
                    .digest(requestId.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        StringBuilder sb = new StringBuilder("AUTH-");
        for (int i = 0; i < 10; i++) {
            int shift = 51 - 5 * (i + 1);
            sb.append(ALPHABET.charAt((int) ((bits >>> shift) & 31)));
            if (i == 4) {
                sb.append('-');
            }
        }
        return sb.toString();
    }
}
