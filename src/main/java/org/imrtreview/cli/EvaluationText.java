package org.imrtreview.cli;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.evaluate.rule.Wording;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Document;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Quantity;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.RowResult;

/**
 * What a nurse reads in a terminal: the request line, one table line per row with ✓/✗ for each
 * plan, the computed answer against the provider's, the flags under each row, then the
 * determination, what is missing, the reasons, the checklist and the problems. With
 * {@code unicode=false} the marks become "ok"/"NO" and ≤/≥ become &lt;=/&gt;= for terminals that are
 * not UTF-8.
 */
public final class EvaluationText {

    private static final int ORGAN = 22;
    private static final int CONSTRAINT = 20;
    private static final int SOURCE = 12;
    private static final int VALUE = 11;

    private final boolean unicode;

    public EvaluationText(boolean unicode) {
        this.unicode = unicode;
    }

    public String write(ReviewCase reviewCase, Evaluation e) {
        StringBuilder out = new StringBuilder();
        header(reviewCase, out);
        out.append('\n');
        out.append(String.format("%3s  %-" + ORGAN + "s %-" + CONSTRAINT + "s %-" + SOURCE + "s %-" + VALUE + "s %-" + VALUE
                + "s %-11s %-9s%n", "#", "Organ at risk", "Constraint", "Source", "3D", "IMRT", "Only IMRT?", "Provider"));
        out.append("-".repeat(3 + 2 + ORGAN + 1 + CONSTRAINT + 1 + SOURCE + 1 + VALUE * 2 + 2 + 11 + 1 + 9)).append('\n');
        if (e.rows().isEmpty()) {
            out.append("     (no table rows)\n");
        }
        for (RowResult r : e.rows()) {
            row(r, out);
        }
        out.append('\n');
        out.append("Determination: ").append(e.determination().name()).append(" — ").append(e.determination().title()).append('\n');
        if (!e.missing().isEmpty()) {
            out.append("Missing: ").append(org.imrtreview.evaluate.MissingWords.briefList(e.missing())).append('\n');
        }
        out.append("\nReasons:\n");
        e.reasons().forEach(s -> out.append("  - ").append(symbols(s)).append('\n'));
        out.append("\nRequired documentation:\n");
        for (ChecklistItem i : e.checklist()) {
            out.append("  ").append(mark(i.satisfied())).append(' ').append(String.format("%-36s", symbols(i.label())))
                    .append(symbols(i.label()).length() >= 36 ? " — " : "") // a long label never runs into its evidence
                    .append(symbols(nullToEmpty(i.evidence())));
            if (i.overridden()) {
                out.append("  [set by reviewer").append(i.note() == null || i.note().isBlank() ? "" : ": " + symbols(i.note())).append(']');
            }
            out.append('\n');
        }
        out.append("\nDocuments:\n");
        if (e.documents().isEmpty()) {
            out.append("  (none)\n");
        }
        for (Document d : e.documents()) {
            out.append("  ").append(symbols(d.file())).append(" — ").append(d.kind() == null ? "?" : d.kind().title());
            if (d.plan() != null) {
                out.append(", plan ").append(d.plan().label());
            }
            if (d.color() != null) {
                out.append(d.color() ? ", colour" : ", grayscale");
            }
            if (d.pages() != null) {
                out.append(", pages ").append(symbols(d.pages()));
            }
            if (d.state() != null && d.state() != org.imrtreview.model.LoadState.LOADED) {
                out.append(", ").append(d.state().name().toLowerCase());
            }
            if (d.note() != null && !d.note().isBlank()) {
                out.append(" (").append(symbols(d.note())).append(')');
            }
            out.append('\n');
        }
        if (!e.problems().isEmpty()) {
            out.append("\nProblems:\n");
            for (Problem p : e.problems()) {
                out.append("  ! ").append(symbols(p.toString())).append('\n');
            }
        }
        return out.toString();
    }

    private void header(ReviewCase c, StringBuilder out) {
        Request r = c == null ? Request.empty() : c.request();
        List<String> parts = new ArrayList<>();
        parts.add("Request " + (r.requestId() == null ? "(no request ID)" : r.requestId()));
        if (r.urgency() != null) {
            parts.add(r.urgency().name());
        }
        if (r.member() != null && r.member().name() != null) {
            parts.add("member " + r.member().name());
        }
        if (r.treatmentSite() != null) {
            parts.add("site " + r.treatmentSite());
        }
        if (r.prescription() != null && r.prescription().totalDoseGy() != null) {
            parts.add(new Quantity(r.prescription().totalDoseGy(), org.imrtreview.model.Unit.GY)
                    + (r.prescription().fractions() == null ? "" : " in " + r.prescription().fractions() + " fractions"));
        }
        out.append(symbols(String.join(" · ", parts))).append('\n');
        if (c != null && c.folder() != null) {
            out.append("Case: ").append(symbols(c.folder().toString())).append('\n');
        }
    }

    private void row(RowResult r, StringBuilder out) {
        boolean parsed = r.constraint() != null && r.constraint().readable();
        String constraint = parsed ? symbols(r.constraint().canonical()) : nullToEmpty(r.row().constraint());
        String v3 = value(r, r.dose3d(), r.meets3d(), r.row().dose3d());
        String vi = value(r, r.doseImrt(), r.meetsImrt(), r.row().doseImrt());
        String computed = r.onlyImrtMeets() == null ? "?" : r.onlyImrtMeets() ? "YES" : "no";
        if (r.supports()) {
            computed += " " + (unicode ? "★" : "*");
        }
        String provider = r.submittedAnswer() == null ? (blank(r.row().answer()) ? "—" : "unreadable")
                : r.submittedAnswer().name();
        out.append(String.format("%3d  %-" + ORGAN + "s %-" + CONSTRAINT + "s %-" + SOURCE + "s %-" + VALUE + "s %-" + VALUE
                + "s %-11s %-9s%n", r.row().number(), cut(nullToEmpty(r.row().organ()), ORGAN), cut(constraint, CONSTRAINT),
                cut(nullToEmpty(r.row().source()), SOURCE), cut(v3, VALUE), cut(vi, VALUE), computed, provider));
        for (Flag f : r.flags()) {
            out.append("       ").append(unicode ? "⚑ " : "! ").append(f.code().name()).append(": ")
                    .append(symbols(f.message())).append('\n');
        }
    }

    private String value(RowResult r, Double used, Boolean meets, String text) {
        if (r.multiLimit()) {
            return (blank(text) ? "—" : text.trim()) + " " + mark(meets);
        }
        if (used == null) {
            return blank(text) ? "—" : symbols(text.trim());
        }
        return Wording.value(used, r.constraint().limit().unit()) + " " + mark(meets);
    }

    private String mark(Boolean ok) {
        if (ok == null) {
            return "?";
        }
        return unicode ? (ok ? "✓" : "✗") : (ok ? "ok" : "NO");
    }

    private String symbols(String raw) {
        String s = TerminalText.escape(raw);
        if (unicode || s == null) {
            return s;
        }
        return s.replace("≤", "<=").replace("≥", ">=").replace("—", "-").replace("’", "'");
    }

    private String cut(String s, int width) {
        String t = symbols(s).trim();
        return t.length() <= width ? t : t.substring(0, width - 1) + (unicode ? "…" : "~");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
