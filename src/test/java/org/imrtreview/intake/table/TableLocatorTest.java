package org.imrtreview.intake.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableLocatorTest {

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static final List<String> HEADER = row("Organ(s) At Risk", "Dose Constraint", "Source of Constraint", "3D", "IMRT",
            "Can constraint only be met with IMRT?");

    @Test
    void findsHeaderBelowTitleRowsAndStopsAtBlankRow() {
        List<List<String>> grid = List.of(
                row("Summary Analysis of 3D vs IMRT Planning"),
                row(),
                HEADER,
                row("Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes"),
                row("Cochlea", "Mean < 45 Gy", "QUANTEC", "40 Gy", "30 Gy", "No"),
                row("", "", "", "", "", ""),
                row("Lens", "Max < 10 Gy", "QUANTEC", "8", "6", "No"));
        LocatedTable t = TableLocator.locate(grid).orElseThrow();
        assertEquals(2, t.headerRow());
        assertEquals(List.of(3, 4), t.rows().stream().map(LocatedTable.DataRow::gridRow).toList());
    }

    @Test
    void findsTableToTheRightOfBlankColumns() {
        List<List<String>> grid = List.of(
                row(),
                row("", "", "OAR", "Constraint", "Source", "3D-CRT", "IMRT", "IMRT required?"),
                row("", "", "Spinal cord", "Max <= 45 Gy", "RTOG 0225", "46 Gy", "41 Gy", "Yes"));
        LocatedTable t = TableLocator.locate(grid).orElseThrow();
        assertEquals(2, t.header().index(HeaderRole.ORGAN));
        assertEquals(7, t.header().index(HeaderRole.ANSWER));
        assertEquals(1, t.rows().size());
    }

    @Test
    void combinesATwoRowHeaderWhenTheSecondRowNamesThePlans() {
        List<List<String>> grid = List.of(
                row("Organ", "Constraint", "Source", "Dose achieved", "", "Only with IMRT?"),
                row("", "", "", "3D", "IMRT", ""),
                row("Brainstem", "Max < 54 Gy", "QUANTEC", "58", "52", "Yes"));
        LocatedTable t = TableLocator.locate(grid).orElseThrow();
        assertEquals(2, t.headerHeight());
        assertEquals(3, t.header().index(HeaderRole.DOSE_3D));
        assertEquals(4, t.header().index(HeaderRole.DOSE_IMRT));
        assertEquals(List.of(2), t.rows().stream().map(LocatedTable.DataRow::gridRow).toList());
    }

    @Test
    void dropsThePolicyTemplatesExampleRowsWithANote() {
        List<List<String>> grid = List.of(HEADER,
                row("Example: Brachial plexus", "Max < 66 Gy", "RTOG", "58 Gy", "52 Gy", "No (both meet constraint)"),
                row("Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes"));
        LocatedTable t = TableLocator.locate(grid).orElseThrow();
        assertEquals(1, t.rows().size());
        assertEquals("Brainstem", t.rows().get(0).cells().get(0));
        assertEquals(1, t.notes().size());
        assertTrue(t.notes().get(0).contains("Example: Brachial plexus"));
    }

    @Test
    void stopsAtAFootnoteAndSkipsARepeatedHeader() {
        List<List<String>> grid = List.of(HEADER,
                row("Liver", "Mean < 30 Gy", "QUANTEC", "31 Gy", "24 Gy", "Yes"),
                HEADER,
                row("Kidneys", "Mean < 18 Gy", "QUANTEC", "12 Gy", "9 Gy", "No"),
                row("Prepared by: J. Doe, CMD"),
                row("Stomach", "Max < 54 Gy", "QUANTEC", "50 Gy", "45 Gy", "No"));
        LocatedTable t = TableLocator.locate(grid).orElseThrow();
        assertEquals(List.of("Liver", "Kidneys"), t.rows().stream().map(r -> r.cells().get(0)).toList());
    }

    @Test
    void keepsARowWithOnlyTheOrganFilledSoTheMissingValuesAreFlagged() {
        List<List<String>> grid = List.of(HEADER, row("Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes"),
                row("Left parotid"));
        assertEquals(2, TableLocator.locate(grid).orElseThrow().rows().size());
    }

    @Test
    void toleratesBlankRowsBetweenHeaderAndFirstDataRow() {
        List<List<String>> grid = List.of(HEADER, row(), row("Brainstem", "Max < 54 Gy", "QUANTEC", "62 Gy", "52 Gy", "Yes"));
        assertEquals(1, TableLocator.locate(grid).orElseThrow().rows().size());
    }

    @Test
    void noTableInAPlanReport() {
        List<List<String>> grid = List.of(row("Patient", "TEST"), row("Plan", "Brain 60 Gy"), row("Approved", "Yes"));
        assertEquals(Optional.empty(), TableLocator.locate(grid));
    }

    @Test
    void emptyGridHasNoTable() {
        assertEquals(Optional.empty(), TableLocator.locate(List.of()));
    }
}
