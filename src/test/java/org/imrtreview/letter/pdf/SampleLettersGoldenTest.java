package org.imrtreview.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.LetterAssets;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests over the bundled sample cases, through the real intake and evaluator: each letter
 * (the kind the determination recommends) carries every required element, the case's own
 * identifiers, and none of any other case's.
 */
class SampleLettersGoldenTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final LetterComposer COMPOSER = new LetterComposer(LetterAssets.bundled());
    private static final String NURSE = "Dana Whitfield, RN";
    private static final List<Request> ALL = new ArrayList<>();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void readAllRequests() throws Exception {
        for (Path p : samples().toList()) {
            Request r = CaseLoader.standard().readOnly().load(p).request();
            if (r.requestId() != null && r.member() != null && r.member().id() != null && r.member().name() != null) {
                ALL.add(r);
            }
        }
        assertTrue(ALL.size() >= 3, "sample cases with request details present");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theRecommendedLetterIsCompleteAndAboutThisCaseOnly(Path folder) throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(folder);
        Evaluation e = Evaluator.standard().evaluate(c);
        LetterKind kind = LetterKind.recommendedFor(e.determination());
        LetterOutcome o = COMPOSER.compose(c, e, ReviewerDecision.of(kind, Reviewer.parse(NURSE, null)),
                LetterFixtures.LETTER_DATE);
        if (!ALL.contains(c.request())) {
            // a fax packet without request.json: the nurse types the details; until then no letter
            LetterOutcome.Blocked blocked = assertInstanceOf(LetterOutcome.Blocked.class, o);
            assertTrue(blocked.missing().contains("member name") || blocked.missing().contains("request ID"),
                    blocked.missing().toString());
            return;
        }
        LetterContent letter = assertInstanceOf(LetterOutcome.Ready.class, o, o::toString).content();
        assertTrue(letter.readability().readingEase() >= 50, letter.readability().summary());

        String text = RequiredElements.text(new LetterPdfRenderer().render(letter));
        List<String> absent = new ArrayList<>(RequiredElements.absent(RequiredElements.forLetter(kind, c.request(), NURSE), text));
        if (e.rows().isEmpty()) {
            // no table could be read (a 1-bit fax, sample 14): the clinical section says so instead of a row table
            absent.removeIf(a -> a.contains("row table"));
            assertTrue(text.contains("No summary analysis table was found"), "the letter says no table was read");
        }
        assertEquals(List.of(), absent);
        if (kind == LetterKind.DENIAL_DRAFT) {
            String firstOrgan = e.rows().get(0).row().organ().strip();
            assertTrue(text.contains(firstOrgan + ": the limit is"), "reason names " + firstOrgan);
        }
        if (kind == LetterKind.REQUEST_INFO) {
            assertFalse(e.missing().isEmpty());
        }
        for (Request other : ALL) {
            if (!other.requestId().equals(c.request().requestId())) {
                assertFalse(text.contains(other.requestId()), "request ID of another case: " + other.requestId());
                assertFalse(text.contains(other.member().id()), "member ID of another case: " + other.member().id());
                assertFalse(text.contains(other.member().name()), "member name of another case: " + other.member().name());
            }
        }
    }
}
