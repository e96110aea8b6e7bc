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
            new MonacoReader(), SectionedReader.cadPlan(), SectionedReader.masterPlan(), SectionedReader.proSoma(),
            SectionedReader.primo(), new PairedColumnsReader(), new MiradaReader(),
            new DicomToolsCsvReader(), new IPlanReader(), new WideCsvReader());

    /** The formats read, in words a nurse can pass on to the provider. */
    static final String KNOWN = "Varian Eclipse (\"Type : Cumulative Dose Volume "
            + "Histogram\") and CadPlan text exports, RayStation (\"#RoiName:\"), Elekta Monaco (\"Patient ID: … | "
            + "Plan Name: …\"), Oncentra MasterPlan, ProSoma, PRIMO, TomoTherapy, PlanIQ and SlicerRT tables, Brainlab iPlan tables, MATLAB "
            + "DICOM tools CSV (a dose and a volume column per structure), CSV tables whose first "
            + "column is \"Dose (Gy)\", and DICOM RT Dose files with a DVH sequence";

    private DvhFormats() {
    }

    public static List<DvhReader> readers() {
        return READERS;
    }

    /** The reader for this text, judged by its first lines, or empty when it is no DVH export we know. */
    public static Optional<DvhReader> detect(List<String> lines) {
        DETECTIONS.incrementAndGet();
        List<String> head = lines.subList(0, Math.min(lines.size(), DETECTION_LINES));
        return READERS.stream().filter(r -> r.recognises(head)).findFirst();
    }

    /** Whether the first bytes of a file look like a DVH export (used to claim files in a case folder). */
    public static boolean looksLikeDvhExport(byte[] head) {
        if (DicomData.isDicom(head)) {
            return DicomData.RT_DOSE.equals(DicomData.sopClass(head));
        }
        if (!DvhText.looksLikeText(head)) {
            return false;
        }
        return detect(DvhText.lines(DvhText.decode(head))).isPresent();
    }

    /**
     * Whether the first bytes are a text DVH export damaged by binary bytes: not text (a NUL byte where text
     * belongs, as a bad disk, a transfer in the wrong mode or a fax gateway leaves it), yet with the NUL bytes
     * read as spaces they are an export a reader knows or a DVH table. Such a file is the provider's DVH data,
     * damaged: it is claimed and refused as damaged evidence (decision 0132), never passed on as "other".
     */
    public static boolean looksLikeDamagedDvhExport(byte[] head) {
        if (head.length == 0 || DicomData.isDicom(head) || DvhText.looksLikeText(head)) {
            return false;
        }
        byte[] cleaned = head.clone();
        for (int i = 0; i < cleaned.length; i++) {
            if (cleaned[i] == 0) {
                cleaned[i] = ' ';
            }
        }
        // the cleaned bytes are text (no NUL left) and not DICOM: one detection, then the table test without
        // detecting again (every binary file of a case — pictures, PDFs, workbooks — comes through here)
        List<String> lines = DvhText.lines(DvhText.decode(cleaned));
        return detect(lines).isPresent() || namesADvhTable(lines);
    }

    private static final java.util.concurrent.atomic.AtomicLong DETECTIONS = new java.util.concurrent.atomic.AtomicLong();

    /** How many times the readers were asked to recognise a text (tests count it: decision 0392). */
    public static long detections() {
        return DETECTIONS.get();
    }

    /**
     * Whether text that no reader recognises still looks like a DVH table: a line naming a DVH ("Dose
     * Volume Histogram", "DVH", or dose and volume column titles) and at least {@value #NUMERIC_ROWS}
     * rows of numbers only. Such a file is claimed and refused with a reason (decision 0034) instead of
     * being passed on as an unrelated document, where a damaged export would go unnoticed.
     */
    public static boolean looksLikeUnrecognisedDvh(byte[] head) {
        if (DicomData.isDicom(head) || !DvhText.looksLikeText(head) || looksLikeDvhExport(head)) {
            return false;
        }
        return namesADvhTable(DvhText.lines(DvhText.decode(head)));
    }

    /** A line naming a DVH and at least {@value #NUMERIC_ROWS} rows of numbers only. */
    private static boolean namesADvhTable(List<String> lines) {
        boolean named = false;
        int numeric = 0;
        String[] t = new String[8];
        for (String line : lines) {
            String l = line.toLowerCase(java.util.Locale.ROOT);
            if (l.contains("dose volume histogram") || l.contains("dose-volume histogram") || DVH_WORD.matcher(l).matches()
                    || l.contains("dose") && (l.contains("volume") || l.contains("vol ") || l.contains("vol(")
                    || l.contains("vol["))) {
                named = true;
            }
            String cleaned = line.replace(',', ' ').replace(';', ' ');
            int n = DvhText.split(cleaned, t);
            boolean allNumbers = n >= 2;
            for (int i = 0; i < Math.min(n, t.length) && allNumbers; i++) {
                allNumbers = DvhText.isNumber(t[i]);
            }
            if (allNumbers) {
                numeric++;
            }
        }
        return named && numeric >= NUMERIC_ROWS;
    }

    private static final int NUMERIC_ROWS = 8;
    /** "DVH" as a word, compiled once (it was compiled again for every line of every file's head). */
    private static final java.util.regex.Pattern DVH_WORD = java.util.regex.Pattern.compile(".*\\bdvh\\b.*");

    /** Whether the first bytes are a DICOM RT Structure Set, which names the structures of RT Dose DVHs. */
    public static boolean isRtStructureSet(byte[] head) {
        return DicomData.isDicom(head) && DicomData.RT_STRUCT.equals(DicomData.sopClass(head));
    }

    /** Reads a whole file's bytes. */
    public static DvhExport read(String fileName, byte[] content, Double prescriptionGy) throws DvhFormatException {
        return read(fileName, content, prescriptionGy, List.of());
    }

    /**
     * Reads a whole file's bytes; {@code structureSets} name the structures of a DICOM RT Dose's DVHs
     * (the RT Structure Sets found beside it).
     */
    public static DvhExport read(String fileName, byte[] content, Double prescriptionGy,
                                 List<DicomDvhReader.StructureNames> structureSets) throws DvhFormatException {
        if (content.length == 0) {
            throw new DvhFormatException(fileName + " is empty");
        }
        if (DicomData.isDicom(content)) {
            return withOpenEndsNamed(DicomDvhReader.read(fileName, content, structureSets));
        }
        if (!DvhText.looksLikeText(content.length > 8192 ? java.util.Arrays.copyOf(content, 8192) : content)) {
            throw new DvhFormatException(fileName + " is not a text file, so it is not a DVH export this workstation "
                    + "reads (planning-system text exports, DVH CSV tables or DICOM RT Dose)");
        }
        if (PinnacleDump.isCurve(content)) {
            throw new DvhFormatException(fileName + " is a Pinnacle DVH curve on its own: the structure's name and the dose "
                    + "unit are in the Data/Info.csv of its folder; read the whole Pinnacle DVH folder");
        }
        List<String> lines = DvhText.lines(DvhText.decode(content));
        java.util.Optional<DvhReader> found = detect(lines);
        if (found.isEmpty()) {
            byte[] head = content.length > 8192 ? java.util.Arrays.copyOf(content, 8192) : content;
            throw new DvhFormatException(fileName + (looksLikeUnrecognisedDvh(head)
                    ? " looks like a DVH table (dose and volume columns of numbers) but its layout is none this "
                    + "workstation reads, so its curves are not used rather than guessed at. Read are: "
                    : " is not a DVH export this workstation recognises. Read are: ") + KNOWN);
        }
        DvhReader reader = found.get();
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
