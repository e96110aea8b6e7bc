package org.imrtreview.letter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.model.ChecklistItem;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: letters are read by members and providers, so no internal code may reach them — no flag code
 * ("[ANSWER_MISMATCH]"), no checklist or missing-item key ("Missing: color"), no enum name
 * ("CRITERIA_NOT_MET"), no typed ASCII comparison ("<="), and no instruction meant for the nurse ("refer to
 * a physician reviewer", "may be approved"). Checked for every bundled sample and every kind of letter.
 */
class NoInternalCodesInLettersTest {

    private static final LetterComposer COMPOSER = new LetterComposer(LetterAssets.bundled());
    private static final Reviewer NURSE = Reviewer.parse("Dana Whitfield, RN", null);

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Every word that is a code: flag codes, checklist keys, missing-item keys, determination names. */
    static List<Pattern> codePatterns() {
        List<Pattern> out = new ArrayList<>();
        for (FlagCode f : FlagCode.values()) {
            out.add(Pattern.compile("\\b" + f.name() + "\\b"));
        }
        for (Determination d : Determination.values()) {
            out.add(Pattern.compile("\\b" + d.name() + "\\b"));
        }
        for (String key : List.of("doseImrt", "dose3d", "color", "imaging", "history", "notes", "answer", "dvh",
                "table", "organ", "constraint", "source")) {
            // a key shown as a list item, e.g. "Missing: color" or "(doseImrt)"
            out.add(Pattern.compile("Missing: " + key + "(?=[.,;]|$)"));
            out.add(Pattern.compile("\\(" + key + "[,)]"));
        }
        out.add(Pattern.compile("\\bdoseImrt\\b|\\bdose3d\\b"));
        out.add(Pattern.compile("<=|>=")); // checked outside quotations of the provider's own cells
        out.add(Pattern.compile("(?i)refer to a physician reviewer|may be approved|may approve|request additional information from the provider"));
        return out;
    }

    @Test
    void noLetterOfAnySampleOrDecisionShowsAnInternalCode() throws Exception {
        List<String> found = new ArrayList<>();
        int letters = 0;
        for (Path folder : samples()) {
            ReviewCase c = CaseLoader.standard().readOnly().load(folder);
            Evaluation e = Evaluator.standard().evaluate(c);
            for (LetterKind kind : LetterKind.values()) {
                LetterOutcome o = COMPOSER.compose(c, e, ReviewerDecision.of(kind, NURSE), LetterFixtures.LETTER_DATE);
                if (!(o instanceof LetterOutcome.Ready ready)) {
                    continue;
                }
                letters++;
                // the provider's own cell, quoted ("Max <= 4500 cGy"), is theirs to read as typed
                String text = ready.content().plainText().replaceAll("\"[^\"\\n]{0,80}\"", "\"…\"");
                for (Pattern p : codePatterns()) {
                    Matcher m = p.matcher(text);
                    if (m.find()) {
                        int from = Math.max(0, m.start() - 60);
                        found.add(folder.getFileName() + " / " + kind + ": '" + m.group() + "' in …"
                                + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "…");
                    }
                }
            }
        }
        assertTrue(letters >= 25, "letters composed: " + letters);
        assertEquals(List.of(), found);
    }

    @Test
    void theChecklistAndMissingItemsAreInWordsInTheNursesReasonsToo() throws Exception {
        List<String> found = new ArrayList<>();
        List<Pattern> patterns = codePatterns().subList(0, codePatterns().size() - 1);
        for (Path folder : samples()) {
            Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
            for (String reason : e.reasons()) {
                for (Pattern p : patterns) {
                    if (p.matcher(reason).find()) {
                        found.add(folder.getFileName() + ": " + reason);
                    }
                }
            }
            for (ChecklistItem item : e.checklist()) {
                assertTrue(item.label() != null && !item.label().equals(item.key()), "checklist label in words: " + item);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void aNameWrittenLastCommaFirstIsGreetedFirstNameFirst() {
        assertEquals("Margaret T. Ellison", PersonName.asWritten("Ellison, Margaret T."));
        assertEquals("Alvin D. Moreno", PersonName.asWritten("  Moreno,  Alvin D. "));
        assertEquals("Gloria N. Whitcombe", PersonName.asWritten("Gloria N. Whitcombe"));
        assertEquals("Moreno, Jr.", PersonName.asWritten("Moreno, Jr."));
        assertEquals("Vance, Helen, MD", PersonName.asWritten("Vance, Helen, MD"));
    }

    @Test
    void aRequestForInformationOnACompleteCaseCarriesTheNursesNoteForEachItemSheMarkedMissing() throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(Path.of("samples", "06-esophagus-answer-mismatch-not-met"));
        Evaluation asSent = Evaluator.standard().evaluate(c);
        assertTrue(asSent.missing().isEmpty(), asSent.missing().toString());
        // nothing missing: the letter says how to ask for something that was sent but will not do
        LetterOutcome blocked = COMPOSER.compose(c, asSent, ReviewerDecision.of(LetterKind.REQUEST_INFO, NURSE),
                LetterFixtures.LETTER_DATE);
        String why = ((LetterOutcome.Blocked) blocked).missing().toString();
        assertTrue(why.contains("mark that checklist item as missing with a note"), why);
        assertFalse(why.contains("--reviewer"), "no command-line wording in the window's message: " + why);

        String note = "The CT report is dated 2026-08-02, more than 60 days before the request; send a current one";
        Evaluation overridden = Evaluator.standard().evaluate(c,
                List.of(new org.imrtreview.model.ChecklistOverride("imaging", false, note)));
        assertTrue(overridden.missing().contains("imaging"), overridden.missing().toString());
        LetterOutcome o = COMPOSER.compose(c, overridden, ReviewerDecision.of(LetterKind.REQUEST_INFO, NURSE),
                LetterFixtures.LETTER_DATE);
        String text = ((LetterOutcome.Ready) o).content().plainText();
        assertTrue(text.contains("Reports of imaging tests") && text.contains("Our reviewer's note: " + note + "."), text);
    }
}
