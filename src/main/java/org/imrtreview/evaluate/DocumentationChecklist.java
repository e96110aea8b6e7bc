package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.ChecklistOverride;
import org.imrtreview.model.Column;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryTable;

/**
 * The policy's required documentation (SPEC §4), one item per SPEC §5 word in SPEC order: the
 * table, its six columns, DVH images for both plans, in colour, clinical history, chart notes,
 * imaging report. DVH images are required — DVH data exports do not replace them, because the
 * policy asks for colour histograms (docs/decisions/0013). The nurse's overrides replace the
 * computed state and keep her note.
 */
public final class DocumentationChecklist {

    public static final String TABLE = "table";
    public static final String DVH = "dvh";
    public static final String COLOR = "color";
    public static final String HISTORY = "history";
    public static final String NOTES = "notes";
    public static final String IMAGING = "imaging";
    /** One member throughout: present only when a second request or another patient's evidence was found. */
    public static final String IDENTITY = "identity";
    /** Evidence read in full: present only when a file that could hold the deciding numbers was damaged. */
    public static final String EVIDENCE = "evidence";
    /** One summary table: present only when two submitted tables give different values (decision 0402). */
    public static final String TABLES = "tables";
    /** The DVH exports are of the plan requested: present only when an export's prescription differs (decision 0461). */
    public static final String PLAN = "plan";
    /** The table is of the site requested: present only when its organs are all of another region (decision 0463). */
    public static final String SITE = "site";
    /** The request read in full: present only when a field of the request could not be read (decision 0570). */
    public static final String REQUEST = "request";

    private DocumentationChecklist() {
    }

    /** The checklist for {@code reviewCase} with the nurse's overrides applied; unknown keys become problems. */
    public static List<ChecklistItem> build(ReviewCase reviewCase, List<ChecklistOverride> overrides, List<Problem> problems) {
        Map<String, ChecklistItem> items = new LinkedHashMap<>();
        SummaryTable table = reviewCase.table();
        boolean hasRows = table != null && !table.rows().isEmpty();
        items.put(TABLE, new ChecklistItem(TABLE, "Summary analysis table", hasRows,
                table == null ? "no summary table was found"
                        : table.file() + (table.location() == null ? "" : " (" + table.location() + ")")
                        + (hasRows ? ", " + table.rows().size() + " rows" : ": the table has no rows"), false, null));
        for (Column column : Column.values()) {
            boolean found = table != null && table.headers().containsKey(column);
            String evidence = table == null ? "no summary table"
                    : found ? "column \"" + table.headers().get(column) + "\"" : "no such column in the table";
            items.put(column.missingWord(), new ChecklistItem(column.missingWord(), column.title() + " column", found,
                    evidence, false, null));
        }
        List<Document> usable = reviewCase.documents().stream().filter(DocumentationChecklist::readable).toList();
        List<Document> images = usable.stream().filter(d -> d.kind() == DocumentKind.DVH_IMAGE).toList();
        items.put(DVH, dvhItem(images));
        items.put(COLOR, colorItem(images));
        items.put(HISTORY, documentItem(HISTORY, "Clinical history", DocumentKind.CLINICAL_HISTORY, usable, reviewCase));
        items.put(NOTES, documentItem(NOTES, "Physical/chart notes", DocumentKind.CHART_NOTES, usable, reviewCase));
        items.put(IMAGING, documentItem(IMAGING, "Imaging report", DocumentKind.IMAGING_REPORT, usable, reviewCase));
        findingItem(IDENTITY, "One member throughout the submission", problems,
                java.util.EnumSet.of(ProblemCode.SECOND_REQUEST, ProblemCode.MEMBER_MISMATCH),
                "resolve before any decision or letter: ").ifPresent(i -> items.put(IDENTITY, i));
        findingItem(EVIDENCE, "Evidence read in full (no damaged file that could hold the deciding numbers)", problems,
                java.util.EnumSet.of(ProblemCode.EVIDENCE_DAMAGED), "damaged or read only in part: ")
                .ifPresent(i -> items.put(EVIDENCE, i));
        findingItem(TABLES, "One summary table (the submitted tables agree)", problems,
                java.util.EnumSet.of(ProblemCode.TABLES_DISAGREE), "tables that give different values or constraints: ")
                .ifPresent(i -> items.put(TABLES, i));
        findingItem(PLAN, "DVH exports and table of the plan requested (the prescriptions agree)", problems,
                java.util.EnumSet.of(ProblemCode.PRESCRIPTION_DIFFERS, ProblemCode.EXPORTS_DISAGREE),
                "another plan than the request, or two versions of one plan: ")
                .ifPresent(i -> items.put(PLAN, i));
        findingItem(SITE, "Evidence of the site requested (the table's organs fit the treatment site)", problems,
                java.util.EnumSet.of(ProblemCode.SITE_MISMATCH), "another body region or side than the request's: ")
                .ifPresent(i -> items.put(SITE, i));
        UnreadableRequest.item(problems).ifPresent(i -> items.put(REQUEST, i));
        for (ChecklistOverride o : overrides == null ? List.<ChecklistOverride>of() : overrides) {
            ChecklistItem item = o == null ? null : items.get(o.key());
            if (item == null && o != null && (IDENTITY.equals(o.key()) || EVIDENCE.equals(o.key()) || TABLES.equals(o.key())
                    || PLAN.equals(o.key()) || SITE.equals(o.key()) || REQUEST.equals(o.key()))) {
                continue; // a resolved finding whose cause is gone (the file was replaced): nothing left to decide
            }
            if (item == null) {
                problems.add(new Problem(null, "a checklist decision for an unknown item \""
                        + (o == null ? null : o.key()) + "\" was ignored"));
                continue;
            }
            items.put(o.key(), new ChecklistItem(item.key(), item.label(), o.satisfied(), item.evidence(), true, o.note()));
        }
        return new ArrayList<>(items.values());
    }

    /**
     * The item for blocking findings of one family (identity, or damaged evidence), or none when there
     * are no such findings. Its evidence names the files; the nurse resolves it like any checklist item.
     */
    private static java.util.Optional<ChecklistItem> findingItem(String key, String label, List<Problem> problems,
                                                                  java.util.Set<ProblemCode> codes, String lead) {
        List<Problem> found = problems.stream()
                .filter(p -> p.code() != null && codes.contains(p.code())).toList();
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        String files = found.stream().map(p -> p.file() == null ? "the case" : p.file()).distinct()
                .collect(Collectors.joining(", "));
        return java.util.Optional.of(new ChecklistItem(key, label, false, lead + files, false, null));
    }

    private static boolean readable(Document d) {
        return d.state() != LoadState.UNREADABLE && d.state() != LoadState.ENCRYPTED;
    }

    private static ChecklistItem dvhItem(List<Document> images) {
        Set<PlanKind> covered = plansCovered(images);
        boolean both = covered.contains(PlanKind.THREE_D) && covered.contains(PlanKind.IMRT);
        String evidence;
        if (images.isEmpty()) {
            evidence = "no DVH images were found";
        } else if (both) {
            evidence = names(images);
        } else {
            long unknown = images.stream().filter(d -> d.plan() == null).count();
            evidence = "DVH images found (" + names(images) + ") but "
                    + (covered.isEmpty() ? "none shows a plan that could be identified"
                    : "none shows the " + (covered.contains(PlanKind.THREE_D) ? "IMRT" : "3D") + " plan")
                    + (unknown > 0 ? "; " + unknown + " image(s) show a plan that could not be identified — check them" : "");
        }
        return new ChecklistItem(DVH, "Comparative 3D and IMRT DVH images", both, evidence, false, null);
    }

    private static ChecklistItem colorItem(List<Document> images) {
        if (images.isEmpty()) {
            return new ChecklistItem(COLOR, "DVH images in colour", false, "no DVH images to judge", false, null);
        }
        List<Document> colour = images.stream().filter(d -> Boolean.TRUE.equals(d.color())).toList();
        Set<PlanKind> all = plansCovered(images);
        Set<PlanKind> inColour = plansCovered(colour);
        boolean ok = !colour.isEmpty() && inColour.containsAll(all);
        List<Document> notColour = images.stream().filter(d -> !Boolean.TRUE.equals(d.color())).toList();
        String evidence = ok ? names(colour)
                : "not in colour: " + notColour.stream().map(d -> d.file() + (d.color() == null ? " (colour could not be judged)"
                        : " (grayscale)")).collect(Collectors.joining(", "));
        return new ChecklistItem(COLOR, "DVH images in colour", ok, evidence, false, null);
    }

    /** Plans shown by the images: BOTH counts as 3D and IMRT; unidentified images count for none. */
    private static Set<PlanKind> plansCovered(List<Document> images) {
        Set<PlanKind> plans = java.util.EnumSet.noneOf(PlanKind.class);
        for (Document d : images) {
            if (d.plan() == PlanKind.BOTH) {
                plans.add(PlanKind.THREE_D);
                plans.add(PlanKind.IMRT);
            } else if (d.plan() != null) {
                plans.add(d.plan());
            }
        }
        return plans;
    }

    private static ChecklistItem documentItem(String key, String label, DocumentKind kind, List<Document> usable,
                                              ReviewCase reviewCase) {
        // a scan whose text could not be read (OCR off, or it read nothing: a blank or illegible page) is
        // this document only by its file name: it does not count until the nurse has read it (decision 0289)
        List<Document> found = usable.stream().filter(d -> d.kind() == kind && d.state() != LoadState.SCANNED).toList();
        if (!found.isEmpty()) {
            return new ChecklistItem(key, label, true, names(found), false, null);
        }
        List<Document> unread = usable.stream().filter(d -> d.kind() == kind && d.state() == LoadState.SCANNED).toList();
        List<Document> unreadable = reviewCase.documents().stream()
                .filter(d -> d.kind() == kind && !readable(d)).toList();
        String evidence;
        if (!unread.isEmpty()) {
            evidence = "only a scan whose text could not be read: " + names(unread) + " (named like one, not read as one)"
                    + "; read it, and if it is the " + label.toLowerCase(java.util.Locale.ROOT)
                    + " mark this item as met";
        } else {
            evidence = unreadable.isEmpty() ? "not found in the submission"
                    : "found but could not be read: " + names(unreadable);
        }
        return new ChecklistItem(key, label, false, evidence, false, null);
    }

    private static String names(List<Document> docs) {
        return docs.stream().map(d -> d.pages() == null ? d.file() : d.file() + " p. " + d.pages())
                .collect(Collectors.joining(", "));
    }
}
