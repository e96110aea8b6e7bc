package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.imrtreview.dvh.DicomDvhReader;
import org.imrtreview.dvh.DvhExport;
import org.imrtreview.dvh.DvhFormatException;
import org.imrtreview.dvh.DvhFormats;
import org.imrtreview.dvh.PinnacleDump;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads planning-system DVH exports (text exports, DVH CSV tables, DICOM RT Dose DVH sequences with the
 * RT Structure Set beside them naming the structures). Claims a file by content only; a text file that
 * looks like a DVH table in a layout no reader knows is claimed too and refused with the reason. Claims
 * only by content, so a CSV summary table or any other text file is left to the handlers after it; must be
 * listed before any generic CSV/text handler.
 */
public final class DvhDataHandler implements FileHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DvhDataHandler.class);
    /** The largest export accepted: a 100-structure, 1-cGy-bin Eclipse file is about 40 MB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Problems of an export that are notes, not damage: nothing the curves should hold was lost. */
    private static final java.util.regex.Pattern NOT_DAMAGE = java.util.regex.Pattern.compile(
            "(?i).*(uncertainty-scenario|no prescription|gives no prescription|dose unit inferred).*");

    /** The first bytes read to tell an RT Structure Set beside an RT Dose. */
    private static final int HEAD_BYTES = 8192;
    /** An RT Structure Set with many contours can be large; its names are near the start but parsed whole. */
    private static final long MAX_STRUCTURE_SET_BYTES = 200L * 1024 * 1024;

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return DvhFormats.looksLikeDvhExport(head) || DvhFormats.isRtStructureSet(head)
                || DvhFormats.looksLikeUnrecognisedDvh(head) || DvhFormats.looksLikeDamagedDvhExport(head) || PinnacleDump.isInfo(head) || PinnacleDump.isCurve(head)
                || PINNACLE_INFO_FILES.contains(fileName.toLowerCase(java.util.Locale.ROOT)) && PinnacleDump.isDumpInfo(head);
    }

    /** The files a Pinnacle DVH dump holds beside its Data folder. */
    private static final java.util.Set<String> PINNACLE_INFO_FILES = java.util.Set.of("doseinfo.csv", "patinfo.csv",
            "planinfo.csv");

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                into.problem(name, "is larger than " + (MAX_BYTES >> 20) + " MB, too large for a DVH export; it was not "
                        + "read, and the table's numbers cannot be checked against it", ProblemCode.EVIDENCE_DAMAGED);
                into.document(new Document(name, DocumentKind.DVH_DATA, null, null, null, LoadState.UNREADABLE,
                        "too large to read"));
                return;
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            into.problem(name, "could not be opened (" + e.getClass().getSimpleName() + ")");
            into.document(new Document(name, DocumentKind.DVH_DATA, null, null, null, LoadState.UNREADABLE,
                    "could not be opened"));
            return;
        }
        if (DvhFormats.isRtStructureSet(content)) {
            readStructureSet(name, content, into);
            return;
        }
        byte[] first = head(content);
        if (PinnacleDump.isInfo(first)) {
            Double requested = prescriptionGy(into.folder());
            addExport(name, content, PinnacleDump.read(name, pinnacleFiles(file), requested), requested, into);
            return;
        }
        if (PinnacleDump.isCurve(first) || PinnacleDump.isDumpInfo(first)) {
            readPinnaclePart(file, name, PinnacleDump.isCurve(first), into);
            return;
        }
        int nul = org.imrtreview.dvh.DicomData.isDicom(content) || utf16(content) ? -1 : indexOfNul(content);
        if (nul >= 0) {
            // a text export never holds a NUL byte: one is damage (a fuzzed Eclipse export with 58 random bytes,
            // one a NUL, fell to "other" and the table's verdict stood against its curves, issue 20); its lines
            // round the damage could be read as other numbers, so none of its curves is used
            String why = "holds binary bytes (a NUL byte at position " + (nul + 1) + ") inside what reads as a DVH export, "
                    + "so part of it is damaged; its curves are not used and the table's numbers cannot be checked "
                    + "against them — ask for a clean copy";
            into.problem(name, why, ProblemCode.EVIDENCE_DAMAGED);
            into.document(new Document(name, DocumentKind.DVH_DATA, null, null, null, LoadState.UNREADABLE,
                    "damaged DVH export (binary bytes in its text)"));
            return;
        }
        DvhExport export;
        Double requested = prescriptionGy(into.folder());
        try {
            List<DicomDvhReader.StructureNames> sets = org.imrtreview.dvh.DicomData.isDicom(content)
                    ? structureSetsBeside(file) : List.of();
            export = DvhFormats.read(name, content, requested, sets);
        } catch (DvhFormatException e) {
            // A file that looks like a DVH export but cannot be read is DVH data that failed, not "other" (decision
            // 0034): its curves could contradict the table, so the case cannot be decided on the table alone
            // (SPEC §4 "Fail closed")
            boolean dvhLike = DvhFormats.looksLikeDvhExport(head(content)) || DvhFormats.looksLikeUnrecognisedDvh(head(content));
            if (dvhLike) {
                into.problem(name, e.getMessage() + "; it looks like a DVH export, so its curves could contradict the table: "
                        + "ask for a readable copy", ProblemCode.EVIDENCE_DAMAGED);
                into.document(new Document(name, DocumentKind.DVH_DATA, null, null, null, LoadState.UNREADABLE, e.getMessage()));
            } else {
                into.problem(name, e.getMessage());
                into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE, e.getMessage()));
            }
            return;
        } catch (RuntimeException e) {
            LOG.warn("DVH export reader failed: {}", e.getClass().getSimpleName());
            into.problem(name, "looks like a DVH export but could not be read (unexpected content); ask for a readable "
                    + "copy", ProblemCode.EVIDENCE_DAMAGED);
            into.document(new Document(name, DocumentKind.DVH_DATA, null, null, null, LoadState.UNREADABLE,
                    "could not be read"));
            return;
        }
        addExport(name, content, export, requested, into);
    }

    /** Adds a read export's curves, problems and document to the case. */
    private static void addExport(String name, byte[] content, DvhExport export, Double requestedGy, CaseBuilder into) {
        into.identities(IdentityLines.find(name, "export header", header(content)));
        prescriptionDiffers(export, requestedGy).ifPresent(why -> into.problem(name, why, ProblemCode.PRESCRIPTION_DIFFERS));
        into.curves(export.curves());
        boolean damaged = false;
        for (String problem : export.problems()) {
            if (NOT_DAMAGE.matcher(problem).matches()) {
                into.problem(name, problem);
            } else {
                damaged = true;
                into.problem(name, problem + " — part of the export is damaged or missing, so the table's numbers cannot "
                        + "be fully checked against it", ProblemCode.EVIDENCE_DAMAGED);
            }
        }
        if (export.curves().isEmpty() && !damaged) {
            into.problem(name, "holds no DVH curve that could be read; ask for a readable copy", ProblemCode.EVIDENCE_DAMAGED);
        }
        LOG.debug("DVH export read: {} curves, {} problems", export.curves().size(), export.problems().size());
        LoadState state = export.curves().isEmpty() ? LoadState.UNREADABLE
                : export.problems().isEmpty() ? LoadState.LOADED : LoadState.WITH_ERRORS;
        into.document(new Document(name, DocumentKind.DVH_DATA, planOf(export.curves()), null, null, state,
                note(export)));
    }

    /**
     * A Pinnacle curve file or DoseInfo/PatInfo/PlanInfo.csv: read as part of its dump through
     * Data/Info.csv. A curve file with no Info.csv beside it is DVH data whose names and units are lost:
     * refused, so it is never taken for a document of no account.
     */
    private static void readPinnaclePart(Path file, String name, boolean curve, CaseBuilder into) {
        Path folder = file.toAbsolutePath().getParent();
        Path info = curve ? folder.resolve("Info.csv") : folder.resolve("Data").resolve("Info.csv");
        if (Files.isRegularFile(info, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED,
                    "part of a Pinnacle DVH folder, read with its Data/Info.csv"));
        } else if (curve) {
            String why = "is a Pinnacle DVH curve with no Data/Info.csv beside it: the structure's name and the dose "
                    + "unit are in that file, so the curve is not used";
            into.problem(name, why + "; ask for the whole Pinnacle DVH folder", ProblemCode.EVIDENCE_DAMAGED);
            into.document(new Document(name, DocumentKind.DVH_DATA, null, null, null, LoadState.UNREADABLE, why));
        } else {
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED,
                    "Pinnacle plan information with no DVH folder (Data/Info.csv) beside it"));
        }
    }

    /** The files of the Pinnacle dump whose Data/Info.csv is {@code info}, by their path in the dump. */
    public static java.util.Map<String, byte[]> pinnacleFiles(Path info) {
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        Path data = info.toAbsolutePath().getParent();
        Path root = data.getParent();
        try {
            files.put("Data/Info.csv", Files.readAllBytes(info));
            if (root != null) {
                for (String f : new String[] {"DoseInfo.csv", "PatInfo.csv", "PlanInfo.csv"}) {
                    Path p = root.resolve(f);
                    if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(p) < 1_000_000) {
                        files.put(f, Files.readAllBytes(p));
                    }
                }
            }
            try (java.util.stream.Stream<Path> list = Files.list(data)) {
                for (Path p : list.filter(q -> Files.isRegularFile(q, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                    if (Files.size(p) <= MAX_BYTES && !p.getFileName().toString().equals("Info.csv")) {
                        files.put("Data/" + p.getFileName(), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("Pinnacle DVH folder could not be listed: {}", e.getClass().getSimpleName());
        }
        return files;
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] head(byte[] content) {
        return content.length > HEAD_BYTES ? java.util.Arrays.copyOf(content, HEAD_BYTES) : content;
    }

    private static void readStructureSet(String name, byte[] content, CaseBuilder into) {
        try {
            DicomDvhReader.StructureNames names = DicomDvhReader.structureNames(content);
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED,
                    "DICOM RT Structure Set: names " + names.names().size() + " structures for RT Dose DVHs"));
        } catch (DvhFormatException e) {
            into.problem(name, "is a DICOM RT Structure Set that cannot be read: " + e.getMessage());
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE, e.getMessage()));
        }
    }

    /** The RT Structure Sets in the RT Dose's folder: they name the structures its DVHs refer to by number. */
    static List<DicomDvhReader.StructureNames> structureSetsBeside(Path doseFile) {
        Path folder = doseFile.toAbsolutePath().getParent();
        List<DicomDvhReader.StructureNames> sets = new java.util.ArrayList<>();
        if (folder == null) {
            return sets;
        }
        try (java.util.stream.Stream<Path> siblings = Files.list(folder)) {
            for (Path p : siblings.filter(Files::isRegularFile).sorted().toList()) {
                byte[] head;
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    head = in.readNBytes(HEAD_BYTES);
                }
                if (DvhFormats.isRtStructureSet(head) && Files.size(p) <= MAX_STRUCTURE_SET_BYTES) {
                    try {
                        sets.add(DicomDvhReader.structureNames(Files.readAllBytes(p)));
                    } catch (DvhFormatException e) {
                        LOG.debug("an RT Structure Set beside an RT Dose could not be read: {}", e.getMessage());
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("could not list the RT Dose's folder: {}", e.toString());
        }
        return sets;
    }

    /**
     * The sentence when the export's plans are all prescribed another total dose than the request (decision 0461):
     * none within rounding (0.5 Gy or 1 %) of it, at least one prescription given, and no plan sum (a sum of a
     * course's phases carries no single prescription, and its phases' own are parts of the total). Empty when
     * the request or the export gives no prescription, or one plan agrees.
     */
    static java.util.Optional<String> prescriptionDiffers(DvhExport export, Double requestedGy) {
        if (requestedGy == null || export.plans().isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.List<String> differ = new java.util.ArrayList<>();
        for (DvhExport.Plan plan : export.plans()) {
            if (plan.planSum()) {
                return java.util.Optional.empty();
            }
            Double rx = plan.prescriptionGy();
            if (rx == null || !Double.isFinite(rx) || rx <= 0) {
                continue;
            }
            if (Math.abs(rx - requestedGy) <= Math.max(0.5, 0.01 * requestedGy) + 1e-9) {
                return java.util.Optional.empty();
            }
            differ.add((plan.name() == null || plan.name().isBlank() ? "its plan" : "plan \"" + plan.name() + "\"")
                    + " is prescribed " + gy(rx) + " Gy");
        }
        if (differ.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("is a DVH export whose " + String.join(", ", differ) + ", but the request is for "
                + gy(requestedGy) + " Gy: its curves may be of another plan or an earlier version, so they cannot "
                + "support the plan requested — ask for the DVHs of the plan being requested (or record why the "
                + "difference does not matter)");
    }

    private static String gy(double v) {
        return org.imrtreview.model.Metric.number(Math.round(v * 100) / 100.0);
    }

    /**
     * The prescription from the case's {@code request.json}, for exports in % of the prescription that
     * carry none (Monaco "Dose Units: %", a CSV "Dose (%)"). Read here because files are visited in name
     * order, so the request may not have been read yet. Null when absent or unreadable.
     */
    static Double prescriptionGy(Path folder) {
        if (folder == null) {
            return null;
        }
        Path request = folder.resolve("request.json");
        try {
            if (!Files.isRegularFile(request) || Files.size(request) > 1_000_000) {
                return null;
            }
            // a request.json with a field written twice is not read (decision 0575): no prescription from it either
            // as a number, or written with its unit ("7800 cGy", "70 Gy in 35 fx") as intake reads it (decision 0642)
            Double gy = WrittenPrescription.totalGy(com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    .readTree(request.toFile()).path("prescription"));
            // a total no course has (7800 "Gy": cGy written as Gy) is not the request's prescription (decision 0575)
            return gy != null && gy > 0 && gy <= RequestJsonHandler.MAX_TOTAL_DOSE_GY ? gy : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first lines of the export, where planning systems write the patient's name. */
    private static String header(byte[] content) {
        int n = Math.min(content.length, 8192);
        String utf8 = new String(content, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        // a cut in the middle of a character at the end is harmless; elsewhere, the file is Windows-1252
        return utf8.substring(0, Math.max(0, utf8.length() - 2)).indexOf('\uFFFD') < 0 ? utf8
                : new String(content, 0, n, java.nio.charset.Charset.forName("windows-1252"));
    }

    /**
     * A file named as one plan's export ("Eclipse_DVH_IMRT.txt") whose plans are all the other's ("3D CRT 4FLD"), the
     * case holding no export of the named plan: the 3D export copied under the IMRT name, or the IMRT export never
     * sent. Read by its content (0161), the named plan's DVH data is missing and the table's values for it go
     * unchecked; which plan the file is, is the provider's to say (decision 0643). Two files named the wrong way round
     * are read by the plans inside and raise nothing (each plan has its export).
     */
    static java.util.Optional<String> namedForTheOtherPlan(String name, PlanKind held, List<String> planNames) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        PlanKind named = PlanDetector.detect(fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName);
        if (named == null || named == PlanKind.BOTH || held == null || held == PlanKind.BOTH || held == named) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("is named as the " + named.label() + " plan's DVH export, but holds only the "
                + held.label() + " plan" + (planNames.isEmpty() ? "" : " (\"" + String.join("\", \"", planNames) + "\")")
                + ", and no other export in the case holds the " + named.label() + " plan: its DVH data may not have"
                + " been sent (a copy of the other export, or a file saved under the wrong name), so the table's "
                + named.label() + " values are not checked — ask the provider for the " + named.label() + " plan's export"
                + " (or record why the name does not matter)");
    }

    /**
     * {@link #namedForTheOtherPlan} over the case's DVH exports: a problem for each export named as a plan that no
     * export of the case holds.
     */
    static List<org.imrtreview.model.Problem> namedForMissingPlans(List<Document> documents, List<DvhCurve> curves) {
        java.util.Set<PlanKind> held = java.util.EnumSet.noneOf(PlanKind.class);
        for (Document d : documents) {
            if (d.kind() == DocumentKind.DVH_DATA && d.plan() != null) {
                held.add(d.plan());
            }
        }
        List<org.imrtreview.model.Problem> out = new java.util.ArrayList<>();
        if (held.contains(PlanKind.BOTH)) {
            return out;
        }
        for (Document d : documents) {
            if (d.kind() != DocumentKind.DVH_DATA || d.plan() == null) {
                continue;
            }
            List<String> names = curves.stream().filter(c -> d.file().equals(c.sourceFile()) && !c.digitised())
                    .map(DvhCurve::planName).filter(Objects::nonNull).distinct().toList();
            namedForTheOtherPlan(d.file(), d.plan(), names)
                    .filter(why -> !held.contains(PlanDetector.detect(d.file().replaceAll("\\.[^.]*$", ""))))
                    .ifPresent(why -> out.add(new org.imrtreview.model.Problem(d.file(), why, ProblemCode.EXPORTS_DISAGREE)));
        }
        return out;
    }

    /** 3D, IMRT, BOTH when the file holds both plans, null while no plan is identified. */
    static PlanKind planOf(List<DvhCurve> curves) {
        List<PlanKind> roles = curves.stream().map(DvhCurve::plan).filter(Objects::nonNull).distinct().toList();
        if (roles.isEmpty()) {
            return null;
        }
        return roles.size() == 1 ? roles.get(0) : PlanKind.BOTH;
    }

    private static String note(DvhExport export) {
        long structures = export.curves().stream().map(DvhCurve::structure).distinct().count();
        List<String> plans = export.curves().stream().map(DvhCurve::planName).distinct().toList();
        StringBuilder s = new StringBuilder(export.format()).append(": ").append(structures)
                .append(structures == 1 ? " structure" : " structures").append(" in ").append(plans.size())
                .append(plans.size() == 1 ? " plan" : " plans");
        if (!plans.isEmpty()) {
            s.append(" (").append(String.join(", ", plans)).append(')');
        }
        if (!export.problems().isEmpty()) {
            s.append("; ").append(export.problems().size()).append(export.problems().size() == 1 ? " problem" : " problems");
        }
        return s.toString();
    }
}
