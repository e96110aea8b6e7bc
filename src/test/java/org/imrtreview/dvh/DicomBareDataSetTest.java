package org.imrtreview.dvh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.imrtreview.model.DvhCurve;
import org.junit.jupiter.api.Test;

/**
 * DICOM data sets written without the Part 10 preamble and file meta group (decision 0283): pydicom's
 * own test RT Structure Set is one (MIT, {@code dvh/real/SOURCES.md}); the project's RT Dose fixtures
 * are stripped of their preamble and meta group here to make bare copies of both VR encodings.
 */
class DicomBareDataSetTest {

    private static byte[] real(String name) {
        return DvhReadersGoldenTest.fixture("real/" + name);
    }

    /** The data set of a Part 10 file without its 128-byte preamble, "DICM" and (0002,xxxx) group. */
    static byte[] bare(byte[] part10) {
        ByteBuffer b = ByteBuffer.wrap(part10).order(ByteOrder.LITTLE_ENDIAN);
        int p = 132;
        while ((b.getShort(p) & 0xFFFF) == 0x0002) {
            String vr = new String(part10, p + 4, 2, java.nio.charset.StandardCharsets.ISO_8859_1);
            boolean longForm = List.of("OB", "OW", "OF", "SQ", "UT", "UN").contains(vr);
            p += longForm ? 12 + b.getInt(p + 8) : 8 + (b.getShort(p + 6) & 0xFFFF);
        }
        return Arrays.copyOfRange(part10, p, part10.length);
    }

    @Test
    void pydicomsBareStructureSetNamesItsStructures() throws Exception {
        byte[] rs = real("pydicom-rtstruct-bare.dcm");
        assertFalse(DicomData.isPart10(rs), "no preamble: the file begins with (0008,0005)");
        assertTrue(DvhFormats.isRtStructureSet(rs));
        DicomDvhReader.StructureNames names = DicomDvhReader.structureNames(rs);
        assertTrue(names.names().containsValue("patient"), names.names().toString());
        assertTrue(names.names().containsValue("Isocenter 1"), names.names().toString());
    }

    @Test
    void pydicomsRtDoseWithoutDvhsIsRefusedWithTheReason() throws Exception {
        DvhExport e = DvhFormats.read("rtdose.dcm", real("pydicom-rtdose-no-dvh.dcm"), null,
                List.of(DicomDvhReader.structureNames(real("pydicom-rtstruct-bare.dcm"))));
        assertEquals(List.of(), e.curves());
        assertTrue(e.problems().get(0).contains("no DVH sequence (3004,0050)"), e.problems().toString());
    }

    @Test
    void bareCopiesOfBothEncodingsGiveTheSameCurvesAsTheirPart10Files() throws Exception {
        for (String dose : List.of("rtdose-explicit.dcm", "rtdose-implicit-undefined.dcm")) {
            byte[] part10 = DvhReadersGoldenTest.fixture("dicom/" + dose);
            byte[] rs = DvhReadersGoldenTest.fixture("dicom/rtstruct.dcm");
            List<DicomDvhReader.StructureNames> sets = List.of(DicomDvhReader.structureNames(rs));
            DvhExport whole = DvhFormats.read(dose, part10, null, sets);
            byte[] bareDose = bare(part10);
            assertTrue(DvhFormats.looksLikeDvhExport(Arrays.copyOf(bareDose, Math.min(8192, bareDose.length))), dose);
            DvhExport stripped = DvhFormats.read(dose, bareDose, null,
                    List.of(DicomDvhReader.structureNames(bare(rs))));
            assertFalse(whole.curves().isEmpty(), dose);
            assertEquals(whole.problems(), stripped.problems(), dose);
            assertEquals(whole.curves().size(), stripped.curves().size(), dose);
            for (int i = 0; i < whole.curves().size(); i++) {
                DvhCurve a = whole.curves().get(i);
                DvhCurve b = stripped.curves().get(i);
                assertEquals(a.structure(), b.structure());
                assertArrayEquals(a.doseGy(), b.doseGy(), dose + " " + a.structure());
                assertArrayEquals(a.volumePercent(), b.volumePercent(), dose + " " + a.structure());
            }
        }
    }

    @Test
    void binaryThatOnlyStartsLikeADataSetIsNotTakenForDicom() {
        byte[] fake = new byte[64];
        fake[0] = 0x08;
        fake[2] = 0x05;
        fake[4] = 0x0A; // implicit length 10 and then rubbish, no SOP Class UID
        assertFalse(DicomData.isDicom(fake));
        assertFalse(DvhFormats.looksLikeDvhExport(fake));
        assertThrows(DvhFormatException.class, () -> DvhFormats.read("x.dcm", fake, null));
    }
}
