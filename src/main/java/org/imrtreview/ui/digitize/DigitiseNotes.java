package org.imrtreview.ui.digitize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digitiser's notes for the nurse: notes of one kind (the same words about different curves,
 * "has no dashed twin", "are both red solid") grouped into one line naming the curves, so a crowded
 * picture gives a few lines instead of a dozen. The notes themselves are kept: {@link #all} lists every one.
 */
final class DigitiseNotes {
    /** Grouped lines shown before "Show all N notes". */
    static final int SHOWN = 4;

    private static final Pattern CURVE = Pattern.compile("#(\\d+)( \\([^)]*\\))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SUBJECT = Pattern.compile("^curves? #…(?: and #…)?(:)? ?");

    private DigitiseNotes() {
    }

    /** Every note, as given, each one sentence on its own line. */
    static List<String> all(List<String> notes) {
        return notes.stream().map(DigitiseNotes::sentence).toList();
    }

    /** One line per kind of note, in the order the kinds first appear. */
    static List<String> grouped(List<String> notes) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String note : notes) {
            kinds.computeIfAbsent(kind(note), k -> new ArrayList<>()).add(note);
        }
        List<String> out = new ArrayList<>();
        for (List<String> same : kinds.values()) {
            out.add(same.size() == 1 ? sentence(same.get(0)) : line(same));
        }
        return out;
    }

    /** The note with curve numbers, their colours and other numbers left out: what notes of one kind share. */
    static String kind(String note) {
        return NUMBER.matcher(CURVE.matcher(note).replaceAll("#")).replaceAll("0");
    }

    private static String line(List<String> same) {
        TreeSet<Integer> curves = new TreeSet<>();
        List<String> bodies = new ArrayList<>();
        for (String note : same) {
            Matcher m = CURVE.matcher(note);
            while (m.find()) {
                curves.add(Integer.parseInt(m.group(1)));
            }
            bodies.add(CURVE.matcher(note).replaceAll("#…"));
        }
        // numbers the notes share stay; those that differ (each curve's own Dmax ...) become "…"
        List<List<String>> numbers = bodies.stream().map(DigitiseNotes::numbers).toList();
        Matcher m = NUMBER.matcher(bodies.get(0));
        StringBuilder body = new StringBuilder();
        int k = 0;
        while (m.find()) {
            int at = k;
            boolean shared = numbers.stream().allMatch(n -> n.size() > at && n.get(at).equals(numbers.get(0).get(at)));
            m.appendReplacement(body, Matcher.quoteReplacement(shared ? m.group() : "…"));
            k++;
        }
        m.appendTail(body);
        Matcher subject = SUBJECT.matcher(body);
        String rest = body.toString();
        if (subject.find()) {
            String s = subject.group();
            rest = (s.startsWith("curves") ? "pair by pair, " : subject.group(1) != null ? "" : "each ")
                    + rest.substring(subject.end());
        }
        return "Curves " + list(curves) + " (" + same.size() + " notes): " + sentenceEnd(rest);
    }

    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String list(TreeSet<Integer> curves) {
        List<String> names = curves.stream().map(n -> "#" + n).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String sentence(String note) {
        return sentenceEnd(note.isEmpty() ? note : Character.toUpperCase(note.charAt(0)) + note.substring(1));
    }

    private static String sentenceEnd(String s) {
        return s.endsWith(".") ? s : s + ".";
    }
}
