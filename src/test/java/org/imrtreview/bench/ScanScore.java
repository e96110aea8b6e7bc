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
        return dp[n][m];
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
}
