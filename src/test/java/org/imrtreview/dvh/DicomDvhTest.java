package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DICOM RT Dose DVH sequences (written by {@code dvh/dicom/generate_dicom.py} in explicit VR with defined
 * lengths and implicit VR with undefined lengths), named by the RT Structure Set they reference.
 */
class DicomDvhTest {

    private static byte[] file(String name) {
        return DvhReadersGoldenTest.fixture("dicom/" + name);
    }

    private static DicomDvhReader.StructureNames rs(String name) throws DvhFormatException {
        return DicomDvhReader.structureNames(file(name));
    }

    private static DvhExport read(String dose, String... structureSets) throws DvhFormatException {
        List<DicomDvhReader.StructureNames> sets = new java.util.ArrayList<>();
        for (String s : structureSets) {
            sets.add(rs(s));
        }
        return DvhFormats.read(dose, file(dose), null, sets);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rtdose-explicit.dcm", "rtdose-implicit-undefined.dcm"})
    void dvhSequenceGivesNamedCurvesMatchingTheVoxelsAndTheFilesOwnStatistics(String dose) throws Exception {
        DvhExport e = read(dose, "rtstruct-other.dcm", "rtstruct.dcm");
        assertEquals("DICOM RT Dose DVH sequence", e.format());
        assertEquals(List.of(), e.problems());
        assertEquals(List.of("PTV_70", "Rectum", "Parotid_L"), e.curves().stream().map(DvhCurve::structure).toList());
        JsonNode truth = new ObjectMapper().readTree(file("expected-dicom.json"));
        for (DvhCurve c : e.curves()) {
            JsonNode t = truth.get(c.structure());
            double bin = t.get("binGy").asDouble();
            assertEquals(PlanKind.IMRT, c.plan(), "plan name from the series description");
            assertEquals(t.get("maxGy").asDouble(), DvhMetrics.compute(c, Metric.max(), null).value(), bin,
                    c.structure() + " Dmax within a bin");
            assertEquals(t.get("meanGy").asDouble(), DvhMetrics.compute(c, Metric.mean(), null).value(), bin / 2 + 0.01,
                    c.structure() + " mean");
            assertEquals(t.get("D95%").asDouble(), DvhMetrics.compute(c, Metric.doseAtVolume(95, Unit.PERCENT), null)
                    .value(), bin, c.structure() + " D95%");
            DvhExport.StructureStats st = e.stats().stream().filter(s -> s.structure().equals(c.structure()))
                    .findFirst().orElseThrow();
            assertEquals(st.maxGy(), DvhMetrics.compute(c, Metric.max(), null).value(), bin, "DVH Maximum Dose (3004,0072)");
            assertEquals(st.meanGy(), DvhMetrics.compute(c, Metric.mean(), null).value(), bin / 2 + 0.01,
                    "DVH Mean Dose (3004,0074)");
        }
        assertEquals(110.3, e.curves().get(0).volumeCc(), 0.01, "CM3 curve: volume from its first bin");
    }

    @Test
    void bothEncodingsReadTheSameCurves() throws Exception {
        DvhExport a = read("rtdose-explicit.dcm", "rtstruct.dcm");
        DvhExport b = read("rtdose-implicit-undefined.dcm", "rtstruct.dcm");
        for (int i = 0; i < a.curves().size(); i++) {
            assertTrue(java.util.Arrays.equals(a.curves().get(i).volumePercent(), b.curves().get(i).volumePercent()));
            assertTrue(java.util.Arrays.equals(a.curves().get(i).doseGy(), b.curves().get(i).doseGy()));
        }
    }

    @Test
    void withoutTheReferencedStructureSetNoCurveIsUsedAndTheReasonIsGiven() throws Exception {
        DvhExport none = read("rtdose-explicit.dcm");
        assertEquals(List.of(), none.curves());
        assertTrue(none.problems().get(0).contains("structure names are in the RT Structure Set"), none.problems().toString());
        DvhExport other = read("rtdose-explicit.dcm", "rtstruct-other.dcm");
        assertEquals(List.of(), other.curves(), "a structure set with another UID does not name these DVHs");
    }

    @Test
    void detectionByContent() {
        assertTrue(DvhFormats.looksLikeDvhExport(java.util.Arrays.copyOf(file("rtdose-explicit.dcm"), 8192)));
        assertTrue(DvhFormats.isRtStructureSet(file("rtstruct.dcm")));
        assertTrue(!DvhFormats.looksLikeDvhExport(file("rtstruct.dcm")));
    }

    /**
     * Fuzzing: truncations, random byte changes and random length fields never end in anything but a
     * {@link DvhFormatException} or an export with problems — no other exception, no hang.
     */
    @Test
    void damagedFilesNeverThrowAnythingButAFormatException() {
        byte[] base = file("rtdose-implicit-undefined.dcm");
        byte[] base2 = file("rtdose-explicit.dcm");
        List<DicomDvhReader.StructureNames> sets;
        try {
            sets = List.of(rs("rtstruct.dcm"));
        } catch (DvhFormatException e) {
            throw new AssertionError(e);
        }
        Random random = new Random(20261204);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 600; round++) {
                byte[] src = round % 2 == 0 ? base : base2;
                byte[] b;
                switch (round % 3) {
                    case 0 -> b = java.util.Arrays.copyOf(src, 132 + random.nextInt(src.length - 132));
                    case 1 -> {
                        b = src.clone();
                        for (int k = 0; k < 1 + random.nextInt(8); k++) {
                            b[132 + random.nextInt(b.length - 132)] = (byte) random.nextInt(256);
                        }
                    }
                    default -> {
                        b = src.clone();
                        int at = 132 + random.nextInt(b.length - 140);
                        int v = random.nextBoolean() ? -1 : random.nextInt();
                        b[at] = (byte) v;
                        b[at + 1] = (byte) (v >> 8);
                        b[at + 2] = (byte) (v >> 16);
                        b[at + 3] = (byte) (v >> 24);
                    }
                }
                try {
                    DvhExport e = DvhFormats.read("fuzz.dcm", b, null, sets);
                    for (DvhCurve c : e.curves()) {
                        assertTrue(c.size() > 0);
                    }
                } catch (DvhFormatException expected) {
                    assertTrue(expected.getMessage().startsWith("fuzz.dcm"), expected.getMessage());
                }
                try {
                    DicomDvhReader.structureNames(java.util.Arrays.copyOf(file("rtstruct.dcm"), 132 + random.nextInt(400)));
                } catch (DvhFormatException expected) {
                    // a truncated structure set is refused with a reason
                }
            }
        });
    }

    /** The explicit-VR fixture with the value of the first (or every) occurrence of an ASCII string swapped. */
    private static byte[] patched(String from, String to, boolean all) {
        byte[] b = file("rtdose-explicit.dcm").clone();
        byte[] f = from.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(f.length, t.length, "same length keeps every DICOM length valid");
        int hits = 0;
        for (int i = 0; i + f.length <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, b, i, t.length);
                hits++;
                if (!all) {
                    break;
                }
            }
        }
        assertTrue(hits > 0, from + " not in the fixture");
        return b;
    }

    /** The explicit-VR fixture with its Dose Summation Type (3004,000A) CS value replaced (same length). */
    private static byte[] withSummation(String fourChars) {
        byte[] b = file("rtdose-explicit.dcm").clone();
        byte[] tag = {0x04, 0x30, 0x0A, 0x00, 'C', 'S'};
        for (int i = 0; i + 12 <= b.length; i++) {
            if (java.util.Arrays.equals(b, i, i + 6, tag, 0, 6)) {
                assertEquals(4, (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8, "PLAN is four characters");
                System.arraycopy(fourChars.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, i + 8, 4);
                return b;
            }
        }
        throw new AssertionError("no Dose Summation Type in the fixture");
    }

    private static DvhExport readBytes(byte[] dose) throws DvhFormatException {
        return DvhFormats.read("RD.patched.dcm", dose, null, List.of(rs("rtstruct.dcm")));
    }

    @Test
    void aDoseSummedOverOneBeamGivesNoCurves() throws Exception {
        String summation = "BEAM";
        DvhExport e = readBytes(withSummation(summation));
        assertEquals(List.of(), e.curves());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("not over the whole plan") && e.problems().get(0)
                .contains("Dose Summation Type " + summation.strip()), e.problems().toString());
        assertEquals(3, readBytes(withSummation("PLAN")).curves().size(), "PLAN is read");
    }

    @Test
    void aDvhOfEverythingButItsRoiIsNotUsed() throws Exception {
        DvhExport e = readBytes(patched("INCLUDED", "EXCLUDED", false));
        assertEquals(List.of("Rectum", "Parotid_L"), e.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("structure 'PTV_70': the DVH is of everything but this ROI"),
                e.problems().toString());
    }

    @Test
    void anErrorDoseDvhIsNotTakenForThePlannedDose() throws Exception {
        DvhExport e = readBytes(patched("PHYSICAL", "ERROR   ", true));
        assertEquals(List.of(), e.curves());
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.contains("dose type ERROR (a dose difference or uncertainty")),
                e.problems().toString());
    }

    /**
     * PS3.3 C.8.8.4: DVH Minimum/Maximum/Mean Dose are "in units specified by Dose Units (3004,0002)";
     * DVH Dose Scaling multiplies the bin widths only (decision 0274). The fixture's PTV has 1-cGy bins
     * written as widths of 1 with a scaling of 0.01 and its statistics in Gy; the Rectum a scaling of 0.1.
     */
    @Test
    void theFilesStatisticsAreInDoseUnitsNotScaledLikeTheBinWidths() throws Exception {
        JsonNode truth = new ObjectMapper().readTree(file("expected-dicom.json"));
        DvhExport e = read("rtdose-explicit.dcm", "rtstruct.dcm");
        for (String name : List.of("PTV_70", "Rectum", "Parotid_L")) {
            DvhExport.StructureStats st = e.stats().stream().filter(s -> s.structure().equals(name)).findFirst()
                    .orElseThrow();
            JsonNode t = truth.get(name);
            assertEquals(t.get("maxGy").asDouble(), st.maxGy(), 1e-4, name + " DVH Maximum Dose read as Gy");
            assertEquals(t.get("meanGy").asDouble(), st.meanGy(), 1e-4, name + " DVH Mean Dose read as Gy");
            assertEquals(t.get("minGy").asDouble(), st.minGy(), 1e-4, name + " DVH Minimum Dose read as Gy");
        }
    }

    /**
     * A writer that scaled its statistics like the bin widths (75.1484 Gy written as 7514.84 with a
     * scaling of 0.01) contradicts its own curve by a factor of 100: that DVH is refused, the others read.
     */
    @Test
    void statisticsThatContradictTheCurveRefuseThatDvh() throws Exception {
        DvhExport e = readBytes(patched("75.1484", "7514.84", false));
        assertEquals(List.of("Rectum", "Parotid_L"), e.curves().stream().map(DvhCurve::structure).toList());
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("structure 'PTV_70': the curve reaches 0 % at 75.15 Gy but the "
                + "file's own DVH Maximum Dose (3004,0072) is 7515 Gy — the export contradicts itself"),
                e.problems().toString());
        DvhExport mean = readBytes(patched("39.2336", "49.2336", false));
        assertEquals(List.of("PTV_70", "Parotid_L"), mean.curves().stream().map(DvhCurve::structure).toList());
        assertTrue(mean.problems().get(0).contains("DVH Mean Dose (3004,0074) is 49.23 Gy"), mean.problems().toString());
    }
}
