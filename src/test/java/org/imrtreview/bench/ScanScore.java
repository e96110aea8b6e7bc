package org.imrtreview.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link TableScore} for OCR output: exact cells, and "exact or flagged" cells, where a cell the
 * reader flagged as uncertain counts as caught whatever it holds. The difference between the total
 * and the second count is the silent errors: cells wrong without a flag.
 */
public final class ScanScore {
    static final String FLAGGED = "\u0000flagged";

    private ScanScore() {
    }

    /** The extracted rows with every flagged cell replaced by a wildcard. */
    public static List<List<String>> withWildcards(List<List<String>> rows, List<List<Boolean>> flagged) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = new ArrayList<>();
            for (int j = 0; j < rows.get(i).size(); j++) {
                r.add(flagged.get(i).get(j) ? FLAGGED : rows.get(i).get(j));
            }
            out.add(r);
        }
        return out;
    }

    /** Expected cells matched exactly or by a wildcard, under the best in-order row alignment. */
    public static int matchedOrFlagged(List<List<String>> expected, List<List<String>> extracted) {
        return alignment(expected, extracted)[expected.size()][extracted.size()];
    }

    /** The in-order row alignment's table: cell [i][k] is the best count over the first i expected and k extracted rows. */
    private static int[][] alignment(List<List<String>> expected, List<List<String>> extracted) {
        int n = expected.size();
        int m = extracted.size();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= m; k++) {
                int best = Math.max(dp[i - 1][k], dp[i][k - 1]);
                best = Math.max(best, dp[i - 1][k - 1] + rowMatch(expected.get(i - 1), extracted.get(k - 1)));
                dp[i][k] = best;
            }
        }
        return dp;
    }

    private static int rowMatch(List<String> exp, List<String> got) {
        int best = 0;
        for (int shift = -2; shift <= 2; shift++) {
            int n = 0;
            for (int j = 0; j < exp.size(); j++) {
                String e = TableScore.norm(exp.get(j));
                int k = j + shift;
                if (!e.isEmpty() && k >= 0 && k < got.size()
                        && (FLAGGED.equals(got.get(k)) || e.equals(TableScore.norm(got.get(k))))) {
                    n++;
                }
            }
            best = Math.max(best, n);
        }
        return best;
    }

    /**
     * The silent errors themselves, for a developer to look at: each expected cell neither matched
     * nor flagged under the best alignment, as "row r col c: expected 'x' read 'y'", and expected
     * rows with no extracted row at all.
     */
    public static List<String> misses(List<List<String>> expected, List<List<String>> extracted) {
        int n = expected.size();
        int m = extracted.size();
        int[][] dp = alignment(expected, extracted);
        List<String> out = new ArrayList<>();
        int i = n;
        int k = m;
        while (i > 0) {
            if (k > 0 && dp[i][k] == dp[i - 1][k - 1] + rowMatch(expected.get(i - 1), extracted.get(k - 1))
                    && rowMatch(expected.get(i - 1), extracted.get(k - 1)) > 0) {
                out.addAll(0, rowMisses(i, expected.get(i - 1), extracted.get(k - 1)));
                i--;
                k--;
            } else if (k > 0 && dp[i][k] == dp[i][k - 1]) {
                k--;
            } else {
                int cells = (int) expected.get(i - 1).stream().filter(c -> !TableScore.norm(c).isEmpty()).count();
                out.add(0, "row " + i + ": no row read (" + cells + " cells) " + expected.get(i - 1));
                i--;
            }
        }
        return out;
    }

    /**
     * Every expected cell not read exactly (the "exact" count's losses), under the exact-match alignment,
     * each with what was read and whether the program doubts it: "row r col c: expected 'x' read 'y' (doubted)";
     * expected rows with no extracted row at all are listed whole.
     */
    public static List<String> inexact(List<List<String>> expected, List<List<String>> extracted,
                                       List<List<Boolean>> flagged) {
        int n = expected.size();
        int m = extracted.size();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= m; k++) {
                dp[i][k] = Math.max(Math.max(dp[i - 1][k], dp[i][k - 1]),
                        dp[i - 1][k - 1] + rowMatch(expected.get(i - 1), extracted.get(k - 1)));
            }
        }
        List<String> out = new ArrayList<>();
        int i = n;
        int k = m;
        while (i > 0) {
            List<String> exp = expected.get(i - 1);
            if (k > 0 && rowMatch(exp, extracted.get(k - 1)) > 0
                    && dp[i][k] == dp[i - 1][k - 1] + rowMatch(exp, extracted.get(k - 1))) {
                List<String> got = extracted.get(k - 1);
                int bestShift = 0;
                int best = -1;
                for (int shift = -2; shift <= 2; shift++) {
                    int c = 0;
                    for (int j = 0; j < exp.size(); j++) {
                        int kk = j + shift;
                        String e = TableScore.norm(exp.get(j));
                        if (!e.isEmpty() && kk >= 0 && kk < got.size() && e.equals(TableScore.norm(got.get(kk)))) {
                            c++;
                        }
                    }
                    if (c > best) {
                        best = c;
                        bestShift = shift;
                    }
                }
                List<String> rowOut = new ArrayList<>();
                for (int j = 0; j < exp.size(); j++) {
                    String e = TableScore.norm(exp.get(j));
                    int kk = j + bestShift;
                    String g = kk >= 0 && kk < got.size() ? got.get(kk) : null;
                    if (!e.isEmpty() && !e.equals(TableScore.norm(g))) {
                        boolean d = kk >= 0 && kk < flagged.get(k - 1).size() && flagged.get(k - 1).get(kk);
                        rowOut.add("row " + i + " col " + (j + 1) + ": expected '" + e + "' read '" + TableScore.norm(g) + "'"
                                + (d ? " (doubted)" : ""));
                    }
                }
                out.addAll(0, rowOut);
                i--;
                k--;
            } else if (k > 0 && dp[i][k] == dp[i][k - 1]) {
                k--;
            } else {
                int cells = (int) exp.stream().filter(c -> !TableScore.norm(c).isEmpty()).count();
                out.add(0, "row " + i + ": no row read (" + cells + " cells) " + exp);
                i--;
            }
        }
        return out;
    }

    private static List<String> rowMisses(int row, List<String> exp, List<String> got) {
        int bestShift = 0;
        int best = -1;
        for (int shift = -2; shift <= 2; shift++) {
            int n = 0;
            for (int j = 0; j < exp.size(); j++) {
                String e = TableScore.norm(exp.get(j));
                int k = j + shift;
                if (!e.isEmpty() && k >= 0 && k < got.size()
                        && (FLAGGED.equals(got.get(k)) || e.equals(TableScore.norm(got.get(k))))) {
                    n++;
                }
            }
            if (n > best) {
                best = n;
                bestShift = shift;
            }
        }
        List<String> out = new ArrayList<>();
        for (int j = 0; j < exp.size(); j++) {
            String e = TableScore.norm(exp.get(j));
            int k = j + bestShift;
            String g = k >= 0 && k < got.size() ? got.get(k) : null;
            if (!e.isEmpty() && !FLAGGED.equals(g) && !e.equals(TableScore.norm(g))) {
                out.add("row " + row + " col " + (j + 1) + ": expected '" + e + "' read '" + TableScore.norm(g) + "'");
            }
        }
        return out;
    }

    /**
     * Silent errors as the evaluator would meet them: the program's summary-table rows (by column
     * role, not position) aligned in order to the expected table's rows; a cell counts when the
     * program holds a non-empty value that differs from the expected one (spacing aside) and is not
     * doubted by {@link org.imrtreview.evaluate.OcrDoubts} (an empty cell is flagged as missing by the
     * row rules). The nurse's part is played too: every doubted cell is corrected to the expected text
     * (as she would with F2) and the doubts computed again, up to three rounds, because a value is
     * checked against its row only once the row's other cells can be read ("97%" beside an unreadable
     * constraint is caught when the constraint is corrected). A program row matched to no expected row
     * whose every cell is filled and none doubted counts as one silent error per cell (a phantom row).
     * {@code misses} receives one line per error.
     */
    public static int silentByRole(org.imrtreview.model.SummaryTable expected,
                                   List<org.imrtreview.model.SummaryTable> read, List<String> misses) {
        List<org.imrtreview.model.SummaryTable> tables = new ArrayList<>(read);
        List<String> out = new ArrayList<>();
        int silent = 0;
        for (int round = 0; round < 3; round++) {
            out.clear();
            List<int[]> corrections = new ArrayList<>(); // table, row index, column ordinal
            List<String> correctTo = new ArrayList<>();
            silent = pass(expected, tables, out, corrections, correctTo);
            if (corrections.isEmpty()) {
                break;
            }
            for (int i = 0; i < corrections.size(); i++) {
                int[] c = corrections.get(i);
                org.imrtreview.model.SummaryTable t = tables.get(c[0]);
                List<org.imrtreview.model.SummaryRow> rows = new ArrayList<>(t.rows());
                rows.set(c[1], rows.get(c[1]).with(org.imrtreview.model.Column.values()[c[2]], correctTo.get(i)));
                tables.set(c[0], t.withRows(rows));
            }
        }
        misses.addAll(out);
        return silent;
    }

    private static int pass(org.imrtreview.model.SummaryTable expected, List<org.imrtreview.model.SummaryTable> tables,
                            List<String> misses, List<int[]> corrections, List<String> correctTo) {
        List<org.imrtreview.model.SummaryRow> got = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        java.util.Set<String> doubted = new java.util.HashSet<>();
        for (int ti = 0; ti < tables.size(); ti++) {
            org.imrtreview.model.SummaryTable t = tables.get(ti);
            java.util.Set<String> d = new java.util.HashSet<>();
            for (org.imrtreview.evaluate.OcrDoubts.Doubt x : org.imrtreview.evaluate.OcrDoubts.ofTable(t)) {
                d.add(x.cell().row() + ":" + x.cell().column());
            }
            for (int ri = 0; ri < t.rows().size(); ri++) {
                org.imrtreview.model.SummaryRow r = t.rows().get(ri);
                for (org.imrtreview.model.Column c : org.imrtreview.model.Column.values()) {
                    if (d.contains(r.number() + ":" + c)) {
                        doubted.add(got.size() + ":" + c);
                    }
                }
                got.add(r);
                where.add(new int[] {ti, ri});
            }
        }
        List<org.imrtreview.model.SummaryRow> exp = expected == null ? List.of() : expected.rows();
        int n = exp.size();
        int m = got.size();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int k = 1; k <= m; k++) {
                dp[i][k] = Math.max(Math.max(dp[i - 1][k], dp[i][k - 1]), dp[i - 1][k - 1] + same(exp.get(i - 1), got.get(k - 1)));
            }
        }
        int silent = 0;
        int i = n;
        int k = m;
        while (i > 0 || k > 0) {
            if (i > 0 && k > 0 && same(exp.get(i - 1), got.get(k - 1)) > 0
                    && dp[i][k] == dp[i - 1][k - 1] + same(exp.get(i - 1), got.get(k - 1))) {
                for (org.imrtreview.model.Column c : org.imrtreview.model.Column.values()) {
                    String e = TableScore.norm(exp.get(i - 1).cell(c));
                    String g = TableScore.norm(got.get(k - 1).cell(c));
                    boolean wrong = !e.isEmpty() && !g.isEmpty() && !e.replace(" ", "").equals(g.replace(" ", ""));
                    if (wrong && doubted.contains((k - 1) + ":" + c)) {
                        corrections.add(new int[] {where.get(k - 1)[0], where.get(k - 1)[1], c.ordinal()});
                        correctTo.add(e);
                    } else if (wrong) { // spacing alone ("V65Gy< 50%") changes no value
                        silent++;
                        misses.add("row " + i + " " + c + ": expected '" + e + "' used '" + g + "' unflagged");
                    }
                }
                i--;
                k--;
            } else if (k > 0 && (i == 0 || dp[i][k] == dp[i][k - 1])) {
                org.imrtreview.model.SummaryRow r = got.get(k - 1);
                boolean full = true;
                boolean anyDoubt = false;
                for (org.imrtreview.model.Column c : org.imrtreview.model.Column.values()) {
                    full &= !TableScore.norm(r.cell(c)).isEmpty();
                    anyDoubt |= doubted.contains((k - 1) + ":" + c);
                }
                if (full && !anyDoubt) {
                    silent += org.imrtreview.model.Column.values().length;
                    misses.add("phantom row used unflagged: " + r);
                }
                k--;
            } else {
                misses.add("(row " + i + " not read: " + exp.get(i - 1).organ() + ")");
                i--;
            }
        }
        return silent;
    }

    private static int same(org.imrtreview.model.SummaryRow a, org.imrtreview.model.SummaryRow b) {
        int n = 0;
        for (org.imrtreview.model.Column c : org.imrtreview.model.Column.values()) {
            String e = TableScore.norm(a.cell(c));
            if (!e.isEmpty() && e.equals(TableScore.norm(b.cell(c)))) {
                n++;
            }
        }
        return n;
    }
}
