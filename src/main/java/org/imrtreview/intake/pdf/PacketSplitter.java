package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.imrtreview.intake.TextClassifier;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.PlanKind;

/**
 * Splits a packet's pages into logical documents with page ranges. Each page gets a kind: summary
 * table (a recognised table is on it), DVH image (one document per figure), scanned, or what its
 * text reads as. Consecutive pages of one kind form one document; a page of unrecognised text right
 * after a clinical document continues it (page 2 of a note rarely repeats its heading); blank pages
 * join the document before them.
 */
final class PacketSplitter {

    private PacketSplitter() {
    }

    private record Group(DocumentKind kind, LoadState state, int first, int last, String note) { }

    static List<Document> split(String file, List<PageAnalysis> pages, Set<Integer> tablePages, String tableNote) {
        List<Group> groups = new ArrayList<>();
        Group open = null;
        for (PageAnalysis p : pages) {
            int n = p.pageNumber();
            if (!p.figures().isEmpty() && !tablePages.contains(n)) {
                open = close(open, groups);
                for (DvhFigure f : p.figures()) {
                    groups.add(new Group(DocumentKind.DVH_IMAGE, LoadState.LOADED, n, n, figureNote(f, p.figures().size())));
                }
                continue;
            }
            DocumentKind kind;
            LoadState state = LoadState.LOADED;
            if (tablePages.contains(n)) {
                kind = DocumentKind.SUMMARY_TABLE;
            } else if (p.scanned()) {
                kind = DocumentKind.OTHER;
                state = LoadState.SCANNED;
            } else if (p.blank() && open != null) {
                open = new Group(open.kind(), open.state(), open.first(), n, open.note());
                continue;
            } else {
                kind = p.textKind() == DocumentKind.SUMMARY_TABLE || p.textKind() == DocumentKind.DVH_IMAGE
                        ? DocumentKind.OTHER : p.textKind();
                if (kind == DocumentKind.OTHER && open != null && open.state() == LoadState.LOADED && isClinical(open.kind())) {
                    kind = open.kind(); // continuation page of a note or report
                }
            }
            if (open != null && open.kind() == kind && open.state() == state && open.last() == n - 1) {
                open = new Group(kind, state, open.first(), n, open.note());
            } else {
                open = close(open, groups);
                open = new Group(kind, state, n, n, null);
            }
        }
        close(open, groups);
        int pageCount = pages.isEmpty() ? 0 : pages.get(pages.size() - 1).pageNumber();
        List<Document> out = new ArrayList<>();
        List<DvhFigure> figures = new ArrayList<>();
        pages.forEach(p -> {
            if (!tablePages.contains(p.pageNumber())) {
                figures.addAll(p.figures());
            }
        });
        int figureIndex = 0;
        boolean single = groups.size() == 1;
        if (single && groups.get(0).kind() == DocumentKind.OTHER) {
            // a whole-file scan or an unrecognised text: the file's name may still say what it is
            Group g = groups.get(0);
            DocumentKind byName = TextClassifier.classifyName(file);
            if (byName != DocumentKind.OTHER && byName != DocumentKind.SUMMARY_TABLE && byName != DocumentKind.DVH_IMAGE) {
                groups.set(0, new Group(byName, g.state(), g.first(), g.last(),
                        g.state() == LoadState.SCANNED
                                ? "named like a " + byName.title().toLowerCase(Locale.ROOT)
                                + "; not counted as one until the nurse has read it"
                                : "taken as " + byName.title().toLowerCase(Locale.ROOT) + " by its file name"));
            }
        }
        for (Group g : groups) {
            String range = single && g.first() == 1 && g.last() == pageCount ? null : range(g.first(), g.last());
            if (g.kind() == DocumentKind.DVH_IMAGE) {
                DvhFigure f = figures.get(figureIndex++);
                out.add(new Document(file, DocumentKind.DVH_IMAGE, f.plan(), f.colour(), range, LoadState.LOADED,
                        g.note()));
            } else {
                out.add(new Document(file, g.kind(), null, null, range, g.state(), note(g, tableNote)));
            }
        }
        return out;
    }

    private static Group close(Group open, List<Group> groups) {
        if (open != null) {
            groups.add(open);
        }
        return null;
    }

    private static boolean isClinical(DocumentKind k) {
        return k == DocumentKind.CLINICAL_HISTORY || k == DocumentKind.CHART_NOTES || k == DocumentKind.IMAGING_REPORT;
    }

    static String range(int first, int last) {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    private static String note(Group g, String tableNote) {
        if (g.state() == LoadState.SCANNED) {
            return "scanned page — text not readable; read it by eye" + (g.note() == null ? "" : "; " + g.note());
        }
        if (g.note() != null) {
            return g.note();
        }
        return switch (g.kind()) {
            case SUMMARY_TABLE -> tableNote == null ? "summary table" : tableNote;
            case OTHER -> "not recognised as a required document";
            default -> g.kind().title().toLowerCase(Locale.ROOT) + ", recognised from its text";
        };
    }

    private static String figureNote(DvhFigure f, int onPage) {
        StringBuilder sb = new StringBuilder("DVH ");
        sb.append(f.vector() ? "drawing (vector graphics, rendered at " + (int) FigureImages.VECTOR_DPI + " dpi)" : "image");
        if (onPage > 1) {
            sb.append(" (figure ").append(f.index()).append(" of ").append(onPage).append(" on the page)");
        }
        sb.append(f.plan() == null ? ", plan not named — check which plan it shows"
                : ", " + planWords(f.plan()) + " (from the " + f.planFrom() + ")");
        if (f.colour() == null) {
            sb.append(", colour could not be checked");
        } else {
            sb.append(f.colour() ? ", in colour" : ", grayscale — the policy requires colour DVHs");
        }
        if (f.caption() != null) {
            sb.append("; caption: \"").append(f.caption().length() > 80 ? f.caption().substring(0, 80) + "…" : f.caption())
                    .append('"');
        }
        if (f.digitiseNote() != null) {
            sb.append("; ").append(f.digitiseNote());
        }
        return sb.toString();
    }

    private static String planWords(PlanKind plan) {
        return switch (plan) {
            case THREE_D -> "3D plan";
            case IMRT -> "IMRT plan";
            case BOTH -> "3D and IMRT plans";
        };
    }
}
