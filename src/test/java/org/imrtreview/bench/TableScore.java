package org.imrtreview.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Cell accuracy of an extracted table against the expected cells: the fraction of non-empty
 * expected cells reproduced exactly (after whitespace normalisation). Extracted rows are aligned
 * to expected rows in order (an extractor may add title rows or split a table), and each row may
 * be shifted by up to two columns (an extractor may add an empty column at the left).
 */
public final class TableScore {

    private TableScore() {
    }

    public static String norm(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    public static int expectedCells(List<List<String>> expected) {
        int n = 0;
        for (List<String> r : expected) {
            for (String c : r) {
                n += norm(c).isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    /** Number of expected non-empty cells reproduced, under the best in-order row alignment. */
    public static int matched(List<List<String>> expected, List<List<String>> extracted) {
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
                String e = norm(exp.get(j));
                int k = j + shift;
                if (!e.isEmpty() && k >= 0 && k < got.size() && e.equals(norm(got.get(k)))) {
                    n++;
                }
            }
            best = Math.max(best, n);
        }
        return best;
    }

    public static double accuracy(List<List<String>> expected, List<List<String>> extracted) {
        int total = expectedCells(expected);
        return total == 0 ? 1 : matched(expected, extracted) / (double) total;
    }

    /** Concatenates the rows of several tables (an extractor's whole-document output). */
    public static List<List<String>> concat(List<List<List<String>>> tables) {
        List<List<String>> all = new ArrayList<>();
        tables.forEach(all::addAll);
        return all;
    }
}
