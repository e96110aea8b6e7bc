package org.imrtreview.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.testing.SampleCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0404: sample 01's workbook with its table copied to a hidden sheet "draft" (one more row,
 * where the policy's example row was), while the sheet everyone sees has 3D values that meet every limit.
 * The hidden draft used to win (more rows) and the case was CRITERIA_MET on numbers nobody opening the
 * workbook sees; the other sheet was never looked at.
 */
class HiddenSheetTableTest {

    private static final Path SAMPLE = Path.of("samples/01-brain-glioblastoma-criteria-met");
    private static final String WORKBOOK = "Summary_Analysis_3D_vs_IMRT.xlsx";

    @TempDir
    Path tmp;

    /** The sample's workbook with a hidden copy of its sheet; {@code visibleMeets}: the shown sheet's 3D values meet every limit. */
    private Path caseWithHiddenDraft(String name, boolean visibleMeets) throws Exception {
        Path folder = SampleCopies.copyTo(SAMPLE, tmp.resolve(name), rel -> false);
        Path xlsx = folder.resolve(WORKBOOK);
        Workbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = WorkbookFactory.create(in);
        }
        try (wb) {
            Sheet draft = wb.cloneSheet(0);
            wb.setSheetName(wb.getSheetIndex(draft), "draft");
            DataFormatter f = new DataFormatter();
            for (Row r : draft) {
                for (Cell c : r) {
                    if (f.formatCellValue(c).startsWith("Example: Brachial plexus")) {
                        String[] v = {"Left optic nerve", "Max < 55 Gy", "QUANTEC", "50.1 Gy", "45.0 Gy", "No"};
                        for (int i = 0; i < v.length; i++) {
                            r.getCell(c.getColumnIndex() + i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(v[i]);
                        }
                        break;
                    }
                }
            }
            if (visibleMeets) {
                for (Row r : wb.getSheetAt(0)) {
                    for (Cell c : r) {
                        String t = f.formatCellValue(c);
                        if (t.startsWith("58.6")) {
                            set(c, 51.0);
                        } else if (t.startsWith("48.2")) {
                            set(c, 43.0);
                        }
                    }
                }
            }
            wb.setSheetHidden(wb.getSheetIndex(draft), true);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return folder;
    }

    private static void set(Cell c, double gy) {
        if (c.getCellType() == CellType.NUMERIC) {
            c.setCellValue(gy);
        } else {
            c.setCellValue(gy + " Gy");
        }
    }

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    @Test
    void theSheetTheWorkbookShowsIsEvaluatedAndAHiddenDraftThatDisagreesHoldsTheCase() throws Exception {
        Evaluation e = evaluate(caseWithHiddenDraft("disagree", true));
        assertEquals(Determination.INCOMPLETE, e.determination(), e.reasons().toString());
        assertEquals(List.of("tables"), e.missing());
        assertTrue(e.rows().get(0).row().origin().startsWith("Sheet1!"), e.rows().get(0).row().origin());
        assertEquals(4, e.rows().size());
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.TABLES_DISAGREE
                && p.message().contains("second summary table (draft!")), e.problems().toString());
    }

    @Test
    void aHiddenCopyThatAgreesChangesNothing() throws Exception {
        Evaluation e = evaluate(caseWithHiddenDraft("agree", false));
        assertEquals(Determination.CRITERIA_MET, e.determination(), e.problems().toString());
        assertTrue(e.rows().get(0).row().origin().startsWith("Sheet1!"), e.rows().get(0).row().origin());
        assertTrue(e.problems().stream().noneMatch(p -> p.code() == ProblemCode.TABLES_DISAGREE), e.problems().toString());
    }
}
