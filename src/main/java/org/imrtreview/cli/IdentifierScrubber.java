package org.imrtreview.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.Request;

/**
 * Removes the member's identifiers from machine output (decision 0014: the JSON carries none): the
 * name in any order ("Margaret T. Ellison", "Ellison, Margaret", "ELLISON_MARGARET"), the surname
 * alone, the member ID with or without separators, and the birth date in the usual formats — wherever
 * a provider put them: an organ cell, a file name, a reason quoting a cell, a problem. Each is replaced
 * by a bracketed word, so a script still sees that something was there.
 */
final class IdentifierScrubber {

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String GAP = "[\\s,._\\-^]*";

    private record Rule(Pattern pattern, String replacement) { }

    private final List<Rule> rules = new ArrayList<>();

    IdentifierScrubber(Request request) {
        Request.Member m = request == null ? null : request.member();
        if (m == null) {
            return;
        }
        if (m.id() != null && m.id().replaceAll("[^\\p{Alnum}]", "").length() >= 4) {
            String chars = m.id().replaceAll("[^\\p{Alnum}]", "");
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < chars.length(); i++) {
                p.append(i == 0 ? "" : "[\\s\\-./]?").append(Pattern.quote(String.valueOf(chars.charAt(i))));
            }
            rules.add(new Rule(Pattern.compile(EDGE_BEFORE + p + EDGE_AFTER, Pattern.CASE_INSENSITIVE), "[member ID]"));
        }
        if (m.name() != null) {
            List<String> words = new ArrayList<>();
            for (String w : m.name().split("[^\\p{L}\\p{N}'\\-]+")) {
                if (w.length() >= 2) {
                    words.add(w);
                }
            }
            Set<String> names = new LinkedHashSet<>();
            if (words.size() >= 2) {
                String first = words.get(0);
                String last = words.get(words.size() - 1);
                names.add(alternation(words)); // as written, middle names optional below
                names.add(Pattern.quote(first) + GAP + "(?:\\p{L}\\.?" + GAP + ")?" + Pattern.quote(last));
                names.add(Pattern.quote(last) + GAP + Pattern.quote(first) + "(?:" + GAP + "\\p{L}\\.?)?");
            }
            for (String n : names) {
                rules.add(new Rule(Pattern.compile(EDGE_BEFORE + n + EDGE_AFTER,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "[member name]"));
            }
            // the surname and the first name alone too (a split cell, a file name "Moreno_visit.pdf")
            for (String w : words.size() >= 2 ? List.of(words.get(words.size() - 1), words.get(0)) : words) {
                if (w.length() >= 3) {
                    rules.add(new Rule(Pattern.compile(EDGE_BEFORE + Pattern.quote(w) + EDGE_AFTER,
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "[member name]"));
                }
            }
        }
        if (m.dateOfBirth() != null) {
            LocalDate d = m.dateOfBirth();
            Set<String> forms = new LinkedHashSet<>();
            for (String f : List.of("uuuu-MM-dd", "M/d/uuuu", "MM/dd/uuuu", "MM-dd-uuuu", "d MMM uuuu", "MMMM d, uuuu",
                    "MMM d, uuuu", "uuuuMMdd", "dd.MM.uuuu")) {
                forms.add(DateTimeFormatter.ofPattern(f, Locale.ENGLISH).format(d));
            }
            List<String> sorted = new ArrayList<>(forms);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            for (String f : sorted) {
                rules.add(new Rule(Pattern.compile(EDGE_BEFORE + Pattern.quote(f) + EDGE_AFTER, Pattern.CASE_INSENSITIVE),
                        "[birth date]"));
            }
        }
    }

    private static String alternation(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i == 0 ? "" : GAP).append(Pattern.quote(words.get(i))).append(i == 0 || i == words.size() - 1 ? "" : "\\.?");
        }
        return sb.toString();
    }

    String scrub(String text) {
        if (text == null || rules.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(r.replacement()));
            }
        }
        return out;
    }

    /** Scrubs every string in the tree, in place. */
    void scrub(JsonNode node) {
        if (rules.isEmpty() || node == null) {
            return;
        }
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                if (e.getValue() instanceof TextNode t) {
                    o.put(e.getKey(), scrub(t.textValue()));
                } else {
                    scrub(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof TextNode t) {
                    a.set(i, TextNode.valueOf(scrub(t.textValue())));
                } else {
                    scrub(a.get(i));
                }
            }
        }
    }
}
