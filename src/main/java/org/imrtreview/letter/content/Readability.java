package org.imrtreview.letter.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease and Flesch–Kincaid grade of English text.
 *
 * <p>Reading ease = 206.835 − 1.015 × (words / sentences) − 84.6 × (syllables / words);
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59. Syllables are counted
 * with the usual vowel-group heuristic (silent final "e", "-es", "-ed" dropped); an all-capital
 * acronym such as "IMRT" is read letter by letter, as a member would say it; a token made of digits
 * (a code, a date, a dose) counts as one word of one syllable. Each line is at least one sentence,
 * so headings and bullets never merge into one long "sentence".
 */
public record Readability(int sentences, int words, int syllables) {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");

    public static Readability of(String text) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int lineWords = 0;
            for (String token : line.trim().split("\\s+")) {
                String core = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (core.isEmpty()) {
                    continue;
                }
                lineWords++;
                syllables += syllables(core);
            }
            if (lineWords == 0) {
                continue;
            }
            words += lineWords;
            Matcher m = SENTENCE_END.matcher(line.trim());
            int ends = 0;
            int lastEnd = 0;
            while (m.find()) {
                ends++;
                lastEnd = m.end();
            }
            boolean trailingFragment = !line.trim().substring(lastEnd).isBlank();
            sentences += Math.max(1, ends + (trailingFragment && ends > 0 ? 1 : 0));
        }
        return new Readability(sentences, words, syllables);
    }

    /** Syllables of one word (letters, digits, hyphens and apostrophes inside allowed). */
    static int syllables(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return 1;
        }
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return 1;
        }
        if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !letters.equals(letters.toLowerCase(Locale.ROOT))) {
            int spelled = 0;
            for (char c : letters.toCharArray()) {
                spelled += c == 'W' ? 3 : 1;
            }
            return spelled;
        }
        String w = letters.toLowerCase(Locale.ROOT);
        if (w.length() <= 3) {
            return 1;
        }
        w = SILENT_ENDING.matcher(w).replaceFirst("");
        w = w.replaceFirst("^y", "");
        Matcher m = VOWEL_GROUP.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    public double readingEase() {
        if (words == 0) {
            return 0;
        }
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    public double gradeLevel() {
        if (words == 0) {
            return 0;
        }
        return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    }

    /** E.g. "Flesch reading ease 62.4, grade 7.9 (412 words, 38 sentences)". */
    public String summary() {
        return String.format(Locale.ROOT, "Flesch reading ease %.1f, grade %.1f (%d words, %d sentences)",
                readingEase(), gradeLevel(), words, sentences);
    }
}
