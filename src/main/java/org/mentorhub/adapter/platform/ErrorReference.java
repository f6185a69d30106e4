package org.mentorhub.adapter.platform;

import java.security.SecureRandom;
import java.util.Locale;

/** The reference an unexpected failure is logged with and shown to the user by, for support to find it in the log. */
public final class ErrorReference {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        // 40 random bits: short enough to read out to support, unique enough to find in the log.
        return Long.toString(RANDOM.nextLong() >>> 24, 36).toUpperCase(Locale.ROOT);
    }
}
