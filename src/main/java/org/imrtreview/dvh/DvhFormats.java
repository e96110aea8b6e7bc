package org.imrtreview.dvh;

import java.util.List;
import java.util.Optional;

/**
 * Detects a DVH export's format by content (never by file name) and reads it. The order matters only
 * for files that would satisfy two readers, which no real export does.
 */
public final class DvhFormats {

    private static final int DETECTION_LINES = 40;
    private static final List<DvhReader> READERS = List.of(new EclipseReader(), new RayStationReader(),
            new MonacoReader(), new WideCsvReader());

    private DvhFormats() {
    }

    public static List<DvhReader> readers() {
        return READERS;
    }

    /** The reader for this text, judged by its first lines, or empty when it is no DVH export we know. */
    public static Optional<DvhReader> detect(List<String> lines) {
        List<String> head = lines.subList(0, Math.min(lines.size(), DETECTION_LINES));
        return READERS.stream().filter(r -> r.recognises(head)).findFirst();
    }

    /** Whether the first bytes of a file look like a DVH export (used to claim files in a case folder). */
    public static boolean looksLikeDvhExport(byte[] head) {
        if (!DvhText.looksLikeText(head)) {
            return false;
        }
        return detect(DvhText.lines(DvhText.decode(head))).isPresent();
    }

    /** Reads a whole file's bytes. */
    public static DvhExport read(String fileName, byte[] content, Double prescriptionGy) throws DvhFormatException {
        if (content.length == 0) {
            throw new DvhFormatException(fileName + " is empty");
        }
        if (!DvhText.looksLikeText(content.length > 8192 ? java.util.Arrays.copyOf(content, 8192) : content)) {
            throw new DvhFormatException(fileName + " is not a text file, so it is not a DVH export this workstation "
                    + "reads (Eclipse, RayStation, Monaco text exports or a CSV with a 'Dose (Gy)' column)");
        }
        List<String> lines = DvhText.lines(DvhText.decode(content));
        DvhReader reader = detect(lines).orElseThrow(() -> new DvhFormatException(fileName
                + " is not a DVH export this workstation recognises: expected a Varian Eclipse export (\"Type : "
                + "Cumulative Dose Volume Histogram\"), a RayStation export (\"#RoiName:\"), an Elekta Monaco "
                + "export (\"Patient ID: … | Plan Name: …\") or a CSV whose first column is \"Dose (Gy)\""));
        return reader.read(fileName, lines, prescriptionGy);
    }
}
