package org.imrtreview.evaluate;

import static org.imrtreview.evaluate.TestCases.complete;
import static org.imrtreview.evaluate.TestCases.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.Column;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.OcrCell;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.store.CaseEdits;
import org.imrtreview.store.CellEdit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Cells read by OCR never move a case toward approval until the nurse confirms them. */
class OcrUncertainTest {
    private final Evaluator evaluator = Evaluator.standard();

    private static final SummaryRow BRAINSTEM = row(1, "Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes");

    /** The one supporting row, every cell read by OCR at {@code confidence}, with {@code imrt} as the IMRT cell. */
    private static ReviewCase scanned(String imrt, double confidence) {
        SummaryRow r = BRAINSTEM.with(Column.DOSE_IMRT, imrt);
        ReviewCase c = complete(r);
        List<OcrCell> cells = new ArrayList<>();
        for (Column col : Column.values()) {
            cells.add(new OcrCell(1, col, r.cell(col), confidence, "scan.pdf page 2"));
        }
        return c.withTable(c.table().withOcrCells(cells));
    }

    @Test
    void sureReadingOfValidCellsSupportsApprovalAsATextTableWould() {
        Evaluation e = evaluator.evaluate(scanned("52 Gy", 0.93));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertTrue(e.rows().get(0).flags().stream().noneMatch(f -> f.code() == FlagCode.OCR_UNCERTAIN));
    }

    @Test
    void lowConfidenceDecidingCellBlocksSupportAndMakesTheCaseIncomplete() {
        Evaluation e = evaluator.evaluate(scanned("52 Gy", 0.61));
        assertEquals(Determination.INCOMPLETE, e.determination());
        Flag flag = e.rows().get(0).flags().stream().filter(f -> f.code() == FlagCode.OCR_UNCERTAIN).findFirst().orElseThrow();
        assertTrue(flag.blocksSupport());
        assertTrue(flag.message().contains("low confidence (61 %)"), flag.message());
        assertFalse(e.rows().get(0).supports());
    }

    /**
     * A value that is on the page but read with doubt is to be confirmed, not missing: the reasons do not
     * tell the nurse the provider left it out (nor to ask the provider for it first), while the case stays
     * incomplete and the cell still counts as unreadable in the SPEC §5 list until she confirms it.
     */
    @Test
    void aDoubtedValueIsToBeConfirmedNotMissingFromTheTable() {
        Evaluation e = evaluator.evaluate(scanned("52 Gy", 0.61));
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.missing().contains(Column.DOSE_IMRT.missingWord()), e.missing().toString());
        String all = String.join("\n", e.reasons());
        assertTrue(e.reasons().get(0).startsWith("Incomplete until confirmed:") && e.reasons().get(0).contains("confirm or correct"),
                e.reasons().get(0));
        assertFalse(all.contains("the row is incomplete") || all.contains("Missing:"), all);
        assertTrue(all.contains("To confirm from the scanned page: the dose achieved with the IMRT plan"), all);

        // a cell really empty beside the doubted one: still said missing, and both steps are asked for
        SummaryRow r = BRAINSTEM.with(Column.SOURCE, "");
        ReviewCase c = complete(r);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.DOSE_IMRT, "52 Gy", 0.61, "scan.pdf page 2"))));
        Evaluation both = evaluator.evaluate(c);
        assertEquals(Determination.INCOMPLETE, both.determination());
        String reasons = String.join("\n", both.reasons());
        assertTrue(reasons.contains("the row is incomplete (constraint sources missing)"), reasons);
        assertTrue(both.reasons().get(0).contains("confirm or correct the doubted cells"), both.reasons().get(0));
        assertTrue(reasons.contains("Missing: the source of each dose constraint") && reasons.contains("To confirm from the scanned"
                + " page: the dose achieved with the IMRT plan"), reasons);
    }

    @ParameterizedTest(name = "\"{0}\" read surely is still doubted: {1}")
    @CsvSource(textBlock = """
            520 Gy,    a dose above 100 Gy
            2B.3 Gy,   not one number with a unit
            """)
    void digitsAndUnitsAreValidatedBeforeTheyCount(String imrt, String why) {
        Evaluation e = evaluator.evaluate(scanned(imrt, 0.97));
        assertTrue(e.rows().get(0).flags().stream().anyMatch(f -> f.code() == FlagCode.OCR_UNCERTAIN
                && f.message().contains(why)), () -> e.rows().get(0).flags().toString());
        assertEquals(Determination.INCOMPLETE, e.determination());
    }

    @Test
    void percentageAboveOneHundredIsDoubted() {
        SummaryRow r = row(1, "Lung", "V20Gy < 35%", "QUANTEC", "41%", "300%", "Yes");
        ReviewCase c = complete(r);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.DOSE_IMRT, "300%", 0.95, "fax.pdf page 1"))));
        Evaluation e = evaluator.evaluate(c);
        assertTrue(e.rows().get(0).flags().stream().anyMatch(f -> f.message().contains("a percentage above 100")));
    }

    @Test
    void theWindowIsToldWhyACellIsDoubtedAndThatASureOneIsNot() {
        SummaryRow r = row(1, "Lung", "V20Gy < 35%", "QUANTEC", "41%", "30%", "Yes");
        ReviewCase c = complete(r);
        OcrCell unsure = new OcrCell(1, Column.DOSE_IMRT, "30%", 0.40, "fax.pdf page 1");
        OcrCell sure = new OcrCell(1, Column.DOSE_3D, "41%", 0.95, "fax.pdf page 1");
        c = c.withTable(c.table().withOcrCells(List.of(unsure, sure)));
        assertEquals("read with low confidence (40 %)", OcrDoubts.whyDoubted(c.table(), unsure));
        assertEquals(null, OcrDoubts.whyDoubted(c.table(), sure));
    }

    @Test
    void nurseConfirmingTheCellWithF2LiftsTheDoubt() {
        ReviewCase c = scanned("52 Gy", 0.61);
        List<CellEdit> confirmations = new ArrayList<>();
        for (Column col : Column.values()) {
            confirmations.add(new CellEdit(1, col, c.table().rows().get(0).cell(col), c.table().rows().get(0).cell(col),
                    Instant.EPOCH));
        }
        Evaluation e = evaluator.evaluate(CaseEdits.apply(c, confirmations));
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertTrue(e.rows().get(0).flags().stream().noneMatch(f -> f.code() == FlagCode.OCR_UNCERTAIN));
    }

    @Test
    void uncertainAnswerCellIsFlaggedButDoesNotDecide() {
        ReviewCase c = complete(BRAINSTEM);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.ANSWER, "Yes", 0.4, "fax.pdf page 1"))));
        Evaluation e = evaluator.evaluate(c);
        assertEquals(Determination.CRITERIA_MET, e.determination());
        assertTrue(e.rows().get(0).flags().stream().anyMatch(f -> f.code() == FlagCode.OCR_UNCERTAIN && !f.blocksSupport()));
    }

    @Test
    void aCellTheReaderItselfDoubtsIsDoubtedHoweverSureTheEngineWas() {
        ReviewCase c = complete(BRAINSTEM);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.DOSE_3D, "62 Gy", 0.97, "fax.pdf page 1",
                "its digits read differently when the scan was read again enlarged"))));
        Evaluation e = evaluator.evaluate(c);
        assertEquals(Determination.INCOMPLETE, e.determination());
        assertTrue(e.rows().get(0).flags().stream().anyMatch(f -> f.code() == FlagCode.OCR_UNCERTAIN && f.blocksSupport()
                && f.message().contains("read differently when the scan was read again enlarged")));
    }

    @ParameterizedTest(name = "{0} | {1} | {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            V20Gy < 35% | 41%    | 30 Gy  | not what the row's constraint limits
            Max < 54 Gy | 62 Gy  | 5.2 Gy | ten times the other plan's value
            V80Gy < 15% | 18.9%  | 97%    | do not agree with the provider's answer (Yes)
            Max < 54 Gy | 62 Gy  | 5 Gy   | ten times the other plan's value
            """)
    void aValidLookingValueThatDoesNotFitItsRowIsDoubted(String constraint, String v3d, String imrt, String why) {
        SummaryRow r = row(1, "Brainstem", constraint, "QUANTEC", v3d, imrt, "Yes");
        ReviewCase c = complete(r);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.DOSE_IMRT, imrt, 0.96, "fax.pdf page 1"))));
        Evaluation e = evaluator.evaluate(c);
        assertTrue(e.rows().get(0).flags().stream().anyMatch(f -> f.code() == FlagCode.OCR_UNCERTAIN && f.blocksSupport()
                && f.message().contains(why)), () -> e.rows().get(0).flags().toString());
        assertFalse(e.rows().get(0).supports());
    }

    @Test
    void anAnswerReadAsNeitherYesNorNoIsDoubtedWithoutDeciding() {
        ReviewCase c = complete(BRAINSTEM);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.ANSWER, "Na", 0.93, "fax.pdf page 1"))));
        List<OcrDoubts.Doubt> doubts = OcrDoubts.ofTable(c.withTable(c.table().withRows(List.of(BRAINSTEM.with(Column.ANSWER, "Na")))).table());
        assertEquals(1, doubts.size());
        assertEquals("not a clear yes or no", doubts.get(0).why());
        assertFalse(doubts.get(0).deciding());
    }

    @Test
    void valuesThatFitTheirRowAreNotDoubted() {
        SummaryRow r = row(1, "Femoral head", "V50Gy < 5%", "RTOG 0415", "3.1%", "0.4%", "No");
        ReviewCase c = complete(r);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, Column.DOSE_3D, "3.1%", 0.96, "fax.pdf page 1"),
                new OcrCell(1, Column.DOSE_IMRT, "0.4%", 0.96, "fax.pdf page 1"))));
        assertTrue(OcrDoubts.ofTable(c.table()).isEmpty());
    }

    /** One cell of the Brainstem row read by OCR (surely) as {@code text}; the doubts of the table. */
    private static List<OcrDoubts.Doubt> readSurely(Column column, String text) {
        SummaryRow r = BRAINSTEM.with(column, text);
        ReviewCase c = complete(r);
        c = c.withTable(c.table().withOcrCells(List.of(new OcrCell(1, column, text, 0.96, "fax.pdf page 1"))));
        return OcrDoubts.ofTable(c.table());
    }

    @ParameterizedTest(name = "constraint \"{0}\" read surely from a scan is doubted: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mean 18 Gy       | without a comparison sign
            Mean < 52.5      | without a unit for its limit
            < 54 Gy          | without a metric
            D40%.< 7.3 Gy    | with a mark "."
            Dmax < 54 Gy _   | with
            Dmax <'45 Gy     | not a constraint
            """)
    void aConstraintThatATypedTableMightLeaveShortIsDoubtedWhenScanned(String text, String why) {
        List<OcrDoubts.Doubt> d = readSurely(Column.CONSTRAINT, text);
        assertEquals(1, d.size(), () -> text + ": " + d);
        assertTrue(d.get(0).why().startsWith(why), d.get(0).why());
        assertTrue(d.get(0).deciding());
    }

    @ParameterizedTest(name = "{0} \"{1}\" read surely from a scan is doubted (a speck read as a mark)")
    @CsvSource(delimiter = '|', textBlock = """
            ORGAN     | Kidney. (right)
            ORGAN     | Kidney-(right)
            ORGAN     | Oral cavity — boost phase
            ORGAN     | Larynx —boost phase
            ORGAN     | "Optic chiasm
            ORGAN     | Spinal cord_
            SOURCE    | QUANTEC_
            SOURCE    | RTOG 0933'
            DOSE_IMRT | 17.2% "
            DOSE_IMRT | 50,1 Gy
            """)
    void aStrayMarkInANameOrValueIsDoubted(Column column, String text) {
        List<OcrDoubts.Doubt> d = readSurely(column, text);
        assertEquals(1, d.size(), () -> text + ": " + d);
        assertTrue(d.get(0).deciding(), "the organ and the source decide which published limit applies");
    }

    @ParameterizedTest(name = "{0} \"{1}\" read surely is not doubted")
    @CsvSource(delimiter = '|', textBlock = """
            ORGAN      | Lt. parotid
            ORGAN      | Hippocampus (bilateral)
            ORGAN      | Brachial plexus, left
            ORGAN      | Femoral head-left
            SOURCE     | NRG GI-001
            SOURCE     | Emami et al.
            SOURCE     | NRG/RTOG 1005
            CONSTRAINT | Dmax < 54 Gy
            CONSTRAINT | D0.03cc ≤ 54 Gy
            CONSTRAINT | Max < 54 Gy
            DOSE_IMRT  | 52.3 Gy
            """)
    void cleanScannedCellsAreNotDoubted(Column column, String text) {
        assertTrue(readSurely(column, text).isEmpty(), () -> text + ": " + readSurely(column, text));
    }

    /**
     * "Yes:" (a speck beside it) and "No No" (two rows read as one) are doubted, without deciding (decision 0255);
     * so are "No." and "Yes," (a speck read as a point or comma: the tilted computer-sent standard fax's one silent
     * error, decision 0375).
     */
    @ParameterizedTest(name = "answer \"{0}\" read surely is doubted")
    @ValueSource(strings = {"Yes:", "\u2018No", "No No", "Yes _", "No.", "Yes,"})
    void anAnswerWithAMarkOrTwoAnswersIsDoubted(String text) {
        List<OcrDoubts.Doubt> d = readSurely(Column.ANSWER, text);
        assertEquals(1, d.size(), () -> text + ": " + d);
        assertTrue(!d.get(0).deciding());
    }

    @ParameterizedTest(name = "answer \"{0}\" read surely is not doubted")
    @ValueSource(strings = {"Yes", "No", "Yes (IMRT only)", "No - both meet"})
    void aPlainAnswerIsNotDoubted(String text) {
        assertTrue(readSurely(Column.ANSWER, text).isEmpty(), () -> text + ": " + readSurely(Column.ANSWER, text));
    }

    @ParameterizedTest(name = "source \"{0}\" read surely from a scan is doubted (decision 0323)")
    @ValueSource(strings = {"QUANTI \u00a2", "OUANTEC", "RIOG O41"})
    void aSourceNoCitationReadsAsIsDoubted(String text) {
        List<OcrDoubts.Doubt> d = readSurely(Column.SOURCE, text);
        assertEquals(1, d.size(), () -> text + ": " + d);
        assertTrue(d.get(0).why().startsWith("not a source the program knows"), d.get(0).why());
    }

    @ParameterizedTest(name = "source \"{0}\" read surely from a scan is trusted")
    @ValueSource(strings = {"QUANTEC", "RTOG 0415", "NRG / RTOG 1005", "Institutional", "n/a"})
    void aKnownSourceReadSurelyIsTrusted(String text) {
        assertTrue(readSurely(Column.SOURCE, text).isEmpty(), () -> text + ": " + readSurely(Column.SOURCE, text));
    }

    /**
     * Two cells the whole scan corpus showed passed as sure (decision 0486): an organ's cell that took in the
     * constraint beside it ("Pharyngeal Mean < 50 Gy constrictors boost phase", read at 93 % on a fine fax) and an
     * answer with a speck read as a dash after it ("No-"). Answers written with a dash between words keep it.
     */
    @Test
    void anOrganHoldingAComparisonSignAndAnAnswerWithADashAtItsEndAreDoubted() {
        OcrCell organ = new OcrCell(1, Column.ORGAN, "Pharyngeal Mean < 50 Gy constrictors boost phase", 0.93, "scan.pdf page 1");
        assertTrue(OcrDoubts.why(organ) != null && OcrDoubts.why(organ).contains("comparison sign"), OcrDoubts.why(organ));
        assertEquals(null, OcrDoubts.why(new OcrCell(1, Column.ORGAN, "Parotid (right)", 0.93, "scan.pdf page 1")));
        OcrCell no = new OcrCell(1, Column.ANSWER, "No-", 0.95, "scan.pdf page 1");
        assertTrue(OcrDoubts.why(no) != null && OcrDoubts.why(no).contains("\"-\""), OcrDoubts.why(no));
        assertEquals(null, OcrDoubts.why(new OcrCell(1, Column.ANSWER, "Yes - only with IMRT", 0.95, "scan.pdf page 1")));
        assertEquals(null, OcrDoubts.why(new OcrCell(1, Column.ANSWER, "No", 0.95, "scan.pdf page 1")));
        // a source that took in the constraint: recognised as QUANTEC, so decision 0323 passed it (300 dpi grey, 13)
        OcrCell source = new OcrCell(1, Column.SOURCE, "Dmax < 45 Gy QUANTEC", 0.96, "scan.pdf page 1");
        assertTrue(OcrDoubts.why(source) != null && OcrDoubts.why(source).contains("comparison sign"), OcrDoubts.why(source));
        assertEquals(null, OcrDoubts.why(new OcrCell(1, Column.SOURCE, "QUANTEC", 0.96, "scan.pdf page 1")));
    }
}
