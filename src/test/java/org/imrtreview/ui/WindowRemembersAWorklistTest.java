package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0430, without timing: the window's own loader remembers more cases than the 8 it holds for
 * certain, so a nurse going back to any of the cases she opened (bench/ui-startup.sh's "every sample
 * reopened": 14 samples) finds it without reading it again.
 */
class WindowRemembersAWorklistTest {
    @TempDir
    Path tmp;

    @Test
    void fourteenCasesOpenedAreAllReopenedWithoutReading() throws Exception {
        WorkstationServices services = WorkstationServices.standard();
        try {
            CaseLoader loader = services.loader();
            List<Path> folders = new ArrayList<>();
            List<ReviewCase> readings = new ArrayList<>();
            for (int i = 0; i < 14; i++) {
                // the request and the table only: a case read in milliseconds
                Path c = SampleCopies.copyTo(Path.of("samples", "03-lung-v20-csv-criteria-met"), tmp.resolve("case" + i),
                        rel -> rel.endsWith(".pdf") || rel.endsWith(".png"));
                folders.add(c);
                readings.add(loader.load(c));
            }
            for (int i = 0; i < folders.size(); i++) {
                assertSame(readings.get(i), loader.load(folders.get(i)), "case " + i + " reopened without reading");
            }
        } finally {
            services.tasks().shutdown();
        }
    }
}
