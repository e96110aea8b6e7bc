package org.imrtreview.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed program works: unpacks the .deb built by {@code -Pinstaller} into a temporary root and
 * runs evaluate, snapshot and a headless window start from it (tools/installer/test-install.sh).
 * Only with {@code -Dimrt.installer.test=true}: it needs an installer built first, which
 * {@code mvn verify} does not do.
 */
@EnabledIfSystemProperty(named = "imrt.installer.test", matches = "true")
class InstalledAppTest {

    @TempDir
    Path temp;

    @Test
    void theInstalledProgramEvaluatesASampleAndOpensItsWindow() throws IOException, InterruptedException {
        Path log = temp.resolve("test-install.log");
        Process p = new ProcessBuilder("bash", "tools/installer/test-install.sh")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(15, TimeUnit.MINUTES);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "test-install.sh did not finish in 15 minutes:\n" + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Determination: CRITERIA_MET"), out);
        assertTrue(out.contains("window shown in"), out);
        assertTrue(out.strip().endsWith("PASS"), out);
    }
}
