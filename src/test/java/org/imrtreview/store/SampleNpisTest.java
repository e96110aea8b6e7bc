package org.imrtreview.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 19 wrap-up: the samples' NPIs pass the project's own check-digit rule (Luhn with the 80840 prefix). */
class SampleNpisTest {

    private static final Pattern NPI = Pattern.compile(
            "\"npi\"\\s*:\\s*\"(\\d{10})\"|\"http://hl7.org/fhir/sid/us-npi\",\\s*\"value\"\\s*:\\s*\"(\\d{10})\"");

    @Test
    void everySampleNpiHasAValidCheckDigit() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String dir : List.of("samples", "samples-pas")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    Matcher m = NPI.matcher(Files.readString(p));
                    while (m.find()) {
                        String npi = m.group(1) != null ? m.group(1) : m.group(2);
                        assertTrue(RequestForm.npiCheckDigitValid(npi), p + ": NPI " + npi);
                        checked.add(npi);
                    }
                }
            }
        }
        assertTrue(checked.size() >= 14, "found the samples' NPIs: " + checked);
    }
}
