package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.imrtreview.dvh.DvhExport;
import org.imrtreview.dvh.DvhFormatException;
import org.imrtreview.dvh.DvhFormats;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads planning-system DVH exports (Eclipse, RayStation, Monaco, wide CSV). Claims a file by content
 * only, so a CSV summary table or any other text file is left to the handlers after it; must be
 * listed before any generic CSV/text handler.
 */
public final class DvhDataHandler implements FileHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DvhDataHandler.class);
    /** The largest export accepted: a 100-structure, 1-cGy-bin Eclipse file is about 40 MB. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return DvhFormats.looksLikeDvhExport(head);
    }

    @Override
    public void read(Path file, CaseBuilder into) {
        String name = into.name(file);
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                into.problem(name, "is larger than 200 MB, too large for a DVH export; not read");
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
        DvhExport export;
        try {
            export = DvhFormats.read(name, content, prescriptionGy(into.folder()));
        } catch (DvhFormatException e) {
            into.problem(name, e.getMessage());
            into.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE, e.getMessage()));
            return;
        }
        into.curves(export.curves());
        for (String problem : export.problems()) {
            into.problem(name, problem);
        }
        LOG.debug("DVH export read: {} curves, {} problems", export.curves().size(), export.problems().size());
        LoadState state = export.curves().isEmpty() ? LoadState.UNREADABLE
                : export.problems().isEmpty() ? LoadState.LOADED : LoadState.WITH_ERRORS;
        into.document(new Document(name, DocumentKind.DVH_DATA, planOf(export.curves()), null, null, state,
                note(export)));
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
            com.fasterxml.jackson.databind.JsonNode rx = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(request.toFile()).path("prescription").path("totalDoseGy");
            return rx.isNumber() && rx.asDouble() > 0 ? rx.asDouble() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
