package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a constraint cell holding several limits — "V20 &lt; 35%, Dmean &lt; 20 Gy", "Dmax &lt; 54 Gy;
 * D1cc &lt; 59 Gy", "V5 &lt; 65% and V20 &lt; 35%", one limit per line — into the provider's words for
 * each limit. Separators inside parentheses, decimal commas ("54,5 Gy") and grouping commas
 * ("5,400 cGy") do not split; a piece that holds no limit of its own ("5 fx", "PRV") stays with its
 * neighbour. "or" never splits: alternatives are not several limits to meet.
 */
final class LimitSplitter {

    private static final Pattern STANDS_ALONE = Pattern.compile("[<>≤≥]");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern AND = Pattern.compile("(?i)\\s+(?:and|&)\\s+");

    private LimitSplitter() {
    }

    /** The limits' texts in order; one element when the cell holds one limit. */
    static List<String> split(String text) {
        if (!mayHoldSeveral(text)) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && separates(text, i)) {
                pieces.add(text.substring(start, i));
                separators.add(String.valueOf(c));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        List<String> byAnd = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            String[] parts = AND.split(pieces.get(p));
            for (int k = 0; k < parts.length; k++) {
                byAnd.add(parts[k]);
                seps.add(k < parts.length - 1 ? " and " : p < separators.size() ? separators.get(p) : "");
            }
        }
        return merge(byAnd, seps);
    }

    private static boolean mayHoldSeveral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ',' || c == '\n' || c == '\r' || c == '|' || c == '&') {
                return true;
            }
        }
        return AND.matcher(text).find();
    }

    private static boolean separates(String text, int i) {
        char c = text.charAt(i);
        if (c == ';' || c == '\n' || c == '\r' || c == '|') {
            return true;
        }
        if (c != ',') {
            return false;
        }
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        return !(digitBefore && digitAfter);
    }

    /** Joins pieces without a limit of their own to the previous piece (or the next, for the first). */
    private static List<String> merge(List<String> pieces, List<String> seps) {
        List<String> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        String between = "";
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (piece.isBlank()) {
                continue;
            }
            if (holdsLimit(piece) && !pending.isEmpty() && holdsLimit(pending.toString())) {
                out.add(pending.toString().strip());
                pending.setLength(0);
            } else if (!pending.isEmpty()) {
                pending.append(between);
            }
            pending.append(piece);
            between = seps.get(i);
        }
        if (!pending.isEmpty()) {
            out.add(pending.toString().strip());
        }
        return out;
    }

    /** A comparison sign or a spelled-out comparison with a number: "V20 < 35%", "Mean less than 26 Gy". */
    private static boolean holdsLimit(String piece) {
        String s = OperatorWords.normalise(piece);
        return STANDS_ALONE.matcher(s).find() && DIGIT.matcher(s).find();
    }
}
