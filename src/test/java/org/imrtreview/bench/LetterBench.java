package org.imrtreview.bench;

import java.util.concurrent.TimeUnit;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.letter.content.LetterAssets;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterKind;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.Reviewer;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.letter.pdf.LetterPdfRenderer;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.ReviewCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per letter, warm: {@code compose} builds the content (templates, facts, readability);
 * {@code composeAndRender} adds the PDF (fonts subset and embedded, 5–6 pages) — what the window's
 * "Preview" and the CLI pay per letter. Run with {@code bench/run-letter-bench.sh}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LetterBench {

    @Param({"APPROVAL", "REQUEST_INFO", "DENIAL_DRAFT"})
    public LetterKind kind;

    private LetterComposer composer;
    private LetterPdfRenderer renderer;
    private ReviewCase reviewCase;
    private Evaluation evaluation;
    private ReviewerDecision decision;

    @Setup
    public void setUp() {
        composer = new LetterComposer(LetterAssets.bundled());
        renderer = new LetterPdfRenderer();
        reviewCase = LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL);
        evaluation = switch (kind) {
            case APPROVAL -> LetterFixtures.criteriaMet();
            case REQUEST_INFO -> LetterFixtures.incomplete();
            case DENIAL_DRAFT -> LetterFixtures.criteriaNotMet();
        };
        decision = ReviewerDecision.of(kind, Reviewer.parse("Dana Whitfield, RN", null));
    }

    @Benchmark
    public LetterContent compose() {
        return ((LetterOutcome.Ready) composer.compose(reviewCase, evaluation, decision, LetterFixtures.LETTER_DATE)).content();
    }

    @Benchmark
    public byte[] composeAndRender() throws Exception {
        return renderer.render(compose());
    }

    /** The same letter kind for another case (used by {@link LetterCpuTime}). */
    byte[] renderFor(ReviewCase other) throws Exception {
        return renderer.render(((LetterOutcome.Ready) composer.compose(other, evaluation, decision,
                LetterFixtures.LETTER_DATE)).content());
    }
}
