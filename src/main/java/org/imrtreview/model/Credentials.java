package org.imrtreview.model;

import java.util.Locale;
import java.util.Set;

/**
 * Professional credentials as written after a name ("MD, Radiation Oncology", "RN, CCM"). One place
 * says which of them name a physician, who alone may decide a medical-necessity denial (URAC and NCQA
 * UM standards): the letters and the review session ask the same question the same way.
 */
public final class Credentials {
    private static final Set<String> PHYSICIAN = Set.of("MD", "DO", "M.D.", "D.O.", "MBBS");

    private Credentials() {
    }

    /** True when {@code credentials} include a physician's degree (MD, DO, MBBS). */
    public static boolean namePhysician(String credentials) {
        if (credentials == null) {
            return false;
        }
        for (String part : credentials.split("[,\\s]+")) {
            if (PHYSICIAN.contains(part.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
