package org.imrtreview.pas;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * HCR03 / reviewAction.reasonCode values (X12 external code list 886, "Health Care Services Review
 * Decision Reason Code"). The list is licensed by X12 and is not reproduced here: each plan's EDI
 * team enters the codes it uses in a properties file ({@code -Dimrt.pas.reasonCodes=FILE}; the
 * bundled defaults are empty). A reason without a configured code is sent in words only
 * (ClaimResponse.processNote, X12 MSG) — never under a guessed code. Decision 0191.
 */
public final class ReasonCodes {

    public static final String SYSTEM = "https://codesystem.x12.org/external/886";
    public static final String PROPERTY = "imrt.pas.reasonCodes";

    /** Why a request ended as it did; keys of the properties file. */
    public enum Reason {
        NOT_MEDICALLY_NECESSARY("notCertified.medicalNecessity"),
        ADDITIONAL_INFORMATION("pended.additionalInformation"),
        PHYSICIAN_REVIEW("pended.physicianReview");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A configured code with its display text. */
    public record Code(String code, String display) { }

    private final Properties properties;

    public ReasonCodes(Properties properties) {
        this.properties = properties;
    }

    /** The codes from {@code -Dimrt.pas.reasonCodes}, else the bundled (empty) defaults. */
    public static ReasonCodes standard() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReasonCodes.class.getResourceAsStream("reason-codes.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return new ReasonCodes(p);
    }

    /** The configured code for {@code reason}, or null: then the reason goes in words only. */
    public Code codeFor(Reason reason) {
        String value = properties.getProperty(reason.key(), "").strip();
        if (value.isEmpty()) {
            return null;
        }
        int bar = value.indexOf('|');
        return bar < 0 ? new Code(value, null) : new Code(value.substring(0, bar).strip(), value.substring(bar + 1).strip());
    }
}
