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
            new MonacoReader(), new PairedColumnsReader(), new WideCsvReader());

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
        return withOpenEndsNamed(reader.read(fileName, lines, prescriptionGy));
    }

    /**
     * A curve that stops above 0 % volume is kept (the metrics it supports are still good evidence)
     * but never silently: the export's problems name it, so the document shows "with errors".
     */
    static DvhExport withOpenEndsNamed(DvhExport export) {
        List<String> problems = new java.util.ArrayList<>(export.problems());
        for (org.imrtreview.model.DvhCurve c : export.curves()) {
            String open = DvhMetrics.openEnd(c);
            if (open != null) {
                problems.add("structure '" + c.structure() + "'" + (c.planName() == null || c.planName().isEmpty() ? ""
                        : " in plan '" + c.planName() + "'") + ": " + open + ": maximum unknown; mean, doses to "
                        + "smaller volumes and volumes at higher doses are not computed");
            }
        }
        return problems.size() == export.problems().size() ? export : new DvhExport(export.file(), export.format(),
                export.plans(), export.curves(), export.stats(), problems);
    }
}
