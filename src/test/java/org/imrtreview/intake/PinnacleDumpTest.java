package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imrtreview.dvh.DvhExport;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.dvh.PinnacleDump;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.Metric;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pinnacle³ DVH folder dumps (layout RECONSTRUCTED from DVHmetrics' readDVH documentation) written by
 * {@code dvh/pinnacle/generate_pinnacle.py} from sampled voxels; the voxels' statistics are the truth.
 */
class PinnacleDumpTest {

    @TempDir
    Path folder;

    /** Copies the generated dump {@code name} into the case folder under {@code pinnacle/}. */
    private Path dump(String name) throws Exception {
        Path from = Path.of(getClass().getResource("/dvh/pinnacle/" + name).toURI());
        Path to = folder.resolve("pinnacle");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static JsonNode truth(String dump) throws IOException {
        return new ObjectMapper().readTree(PinnacleDumpTest.class.getResourceAsStream("/dvh/pinnacle/expected-pinnacle.json"))
                .path(dump);
    }

    private static Document doc(ReviewCase c, String file) {
        return c.documents().stream().filter(d -> d.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not listed: " + c.documents()));
    }

    private static double value(DvhCurve c, Metric m) {
        var v = DvhMetrics.compute(c, m, null);
        assertTrue(v.present(), c.structure() + ": " + v.problem());
        return v.value();
    }

    @Test
    void wholeDumpGivesEveryStructureWithinOneDoseStepOfTheVoxels() throws Exception {
        dump("ok");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(List.of(), c.problems(), "no problem in a whole dump");
        JsonNode truth = truth("ok");
        assertEquals(truth.size(), c.dvhCurves().size());
        for (DvhCurve curve : c.dvhCurves()) {
            JsonNode t = truth.path(curve.structure());
            String s = curve.structure() + " ";
            assertEquals("IMRT Prostate", curve.planName());
            assertEquals(t.path("volumeCc").asDouble(), curve.volumeCc(), 1e-9, s + "volume");
            // 10-cGy steps: the maximum is known to one step, the mean and D50 % to well under it
            assertEquals(t.path("maxGy").asDouble(), value(curve, Metric.max()), 0.1, s + "Dmax");
            assertEquals(t.path("meanGy").asDouble(), value(curve, Metric.mean()), 0.05, s + "mean");
            assertEquals(t.path("D50%").asDouble(), value(curve, Metric.doseAtVolume(50, Unit.PERCENT)), 0.1, s + "D50%");
            assertEquals(t.path("V50Gy").asDouble(), value(curve, Metric.volumeAtDose(50, Unit.PERCENT)), 0.3, s + "V50Gy");
        }
        assertTrue(c.dvhCurves().stream().anyMatch(x -> x.structure().equals("Bladder, wall")), "quoted name with a comma");
        Document info = doc(c, "pinnacle/Data/Info.csv");
        assertEquals(DocumentKind.DVH_DATA, info.kind());
        assertEquals(LoadState.LOADED, info.state());
        for (String part : List.of("pinnacle/Data/DVH1.csv", "pinnacle/DoseInfo.csv", "pinnacle/PatInfo.csv",
                "pinnacle/PlanInfo.csv")) {
            assertEquals(LoadState.LOADED, doc(c, part).state(), part);
            assertTrue(doc(c, part).note().contains("part of a Pinnacle DVH folder"), part);
        }
    }

    @Test
    void perFractionPointsUnderACourseTotalAreRefusedAndBlock() throws Exception {
        dump("per-fraction");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertEquals(2, c.dvhCurves().size());
        assertTrue(c.dvhCurves().stream().noneMatch(x -> x.structure().equals("Rectum")));
        assertTrue(c.problems().stream().anyMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED
                && p.message().contains("'Rectum'") && p.message().contains("35 times larger")), c.problems().toString());
        assertEquals(LoadState.WITH_ERRORS, doc(c, "pinnacle/Data/Info.csv").state());
    }

    @Test
    void aCutCurveFileIsRefusedAndACurveWithoutItsInfoIsDvhDataThatFailed() throws Exception {
        dump("truncated");
        ReviewCase c = CaseLoader.standard().load(folder);
        assertTrue(c.problems().stream().anyMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED
                && p.message().contains("'Bladder, wall'") && p.message().contains("truncated")), c.problems().toString());
        assertEquals(2, c.dvhCurves().size());

        Path orphan = Path.of(getClass().getResource("/dvh/pinnacle/orphan/Data/DVH1.csv").toURI());
        Path lone = folder.resolve("lone");
        Files.createDirectories(lone);
        Files.copy(orphan, lone.resolve("DVH1.csv"));
        ReviewCase d = CaseLoader.standard().load(lone);
        assertEquals(DocumentKind.DVH_DATA, doc(d, "DVH1.csv").kind());
        assertEquals(LoadState.UNREADABLE, doc(d, "DVH1.csv").state());
        assertTrue(d.problems().stream().anyMatch(p -> p.code() == ProblemCode.EVIDENCE_DAMAGED
                && p.message().contains("no Data/Info.csv")), d.problems().toString());
    }

    private static Map<String, byte[]> okFiles() throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        Path root = Path.of(PinnacleDumpTest.class.getResource("/dvh/pinnacle/ok").toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void pointsThatDoNotFitInfoCsvAreRefusedWithTheReason() throws Exception {
        // volume column in % (the curve starts at 100 while the structure is 312.6 cm³)
        Map<String, byte[]> files = okFiles();
        String dvh1 = text(files.get("Data/DVH1.csv")).replace("312.6000", "100.0000");
        files.put("Data/DVH1.csv", dvh1.getBytes(StandardCharsets.UTF_8));
        DvhExport e = PinnacleDump.read("x/Data/Info.csv", files, null);
        assertEquals(2, e.curves().size());
        assertTrue(e.problems().get(0).contains("'PTV 70'") && e.problems().get(0).contains("starts at 100"), e.problems().toString());

        // DVHmetrics' documented example shape: volume rising from 0 to 100 with dose
        files = okFiles();
        files.put("Data/DVH1.csv", "NumberOfDimensions = 2;\nNumberOfPoints = 3;\nPoints[] ={\n  0,0,\n  10,0,\n  4000,100\n};\n"
                .getBytes(StandardCharsets.UTF_8));
        e = PinnacleDump.read("x/Data/Info.csv", files, null);
        assertEquals(2, e.curves().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("'PTV 70'") && e.problems().get(0).contains("starts at 0"),
                e.problems().toString());

        // a point count that disagrees with NumberOfPoints
        files = okFiles();
        files.put("Data/DVH2.csv", text(files.get("Data/DVH2.csv")).replaceFirst("NumberOfPoints = \\d+", "NumberOfPoints = 9999")
                .getBytes(StandardCharsets.UTF_8));
        e = PinnacleDump.read("x/Data/Info.csv", files, null);
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("'Rectum'") && p.contains("NumberOfPoints = 9999")),
                e.problems().toString());

        // dose columns that state no unit: nothing is read
        files = okFiles();
        files.put("Data/Info.csv", text(files.get("Data/Info.csv")).replace(" cGy\"", "\"").getBytes(StandardCharsets.UTF_8));
        e = PinnacleDump.read("x/Data/Info.csv", files, null);
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("does not state Gy or cGy"), e.problems().toString());

        // no Info.csv: nothing is read
        files = okFiles();
        files.remove("Data/Info.csv");
        assertEquals(List.of(), PinnacleDump.read("x", files, null).curves());
    }
}
