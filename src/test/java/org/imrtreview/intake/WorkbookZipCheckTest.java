package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0261: an .xlsx package is looked at from its zip directory before POI loads it. */
class WorkbookZipCheckTest {

    @TempDir
    Path tmp;

    @Test
    void aZipBombNamedLikeTheSummaryTableIsRefusedBeforeLoading() throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        Path bomb = c.resolve("Summary_Analysis.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 48; i++) {
                zip.write(blanks); // 48 MB of nothing, a few tens of kB on disk
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000, "small on disk: " + Files.size(bomb));
        String why = WorkbookZipCheck.refusal(bomb);
        assertTrue(why != null && why.startsWith("is compressed ") && why.contains("to 1 (a zip bomb"), why);

        long start = System.nanoTime();
        ReviewCase rc = CaseLoader.standard().load(c);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000, "refused without inflating");
        assertEquals(LoadState.UNREADABLE, rc.documents().get(0).state());
        assertEquals("Summary_Analysis.xlsx", rc.problems().get(0).file());
        assertTrue(rc.table() == null);
    }

    @Test
    void theSamplesWorkbooksPass() throws Exception {
        for (String s : new String[] {"01-brain-glioblastoma-criteria-met/Summary_Analysis_3D_vs_IMRT.xlsx",
            "10-head-neck-stricter-than-published/Summary_Analysis_template_filled.xlsx",
            "04-prostate-xls-criteria-not-met/DVH comparison table.xls"}) {
            assertNull(WorkbookZipCheck.refusal(Path.of("samples", s)), s);
        }
        Path tiny = tmp.resolve("x.xlsx");
        try (OutputStream out = Files.newOutputStream(tiny)) {
            out.write("not a zip".getBytes(StandardCharsets.UTF_8));
        }
        assertNull(WorkbookZipCheck.refusal(tiny), "not a zip: left to POI, which calls it damaged");
    }
}
