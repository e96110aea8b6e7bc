package org.imrtreview.intake;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.imrtreview.intake.table.Grid;

/**
 * Reads a workbook in a JVM of its own with a small heap ({@link StreamingWorkbookGridsTest}):
 * {@code stream} through {@link StreamingWorkbookGrids}, {@code load} through POI's in-memory workbook.
 * Prints the first sheet's row count and first organ.
 */
public final class SmallHeapRead {
    static final String HEAP = "48m";

    private SmallHeapRead() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        List<Grid> grids;
        if ("stream".equals(args[0])) {
            grids = StreamingWorkbookGrids.of(file);
        } else {
            org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(WorkbookZipCheck.MAX_SHEET_MB * 1024 * 1024);
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                grids = WorkbookGrids.of(wb);
            }
        }
        System.out.println("rows " + grids.get(0).cells().size() + " " + grids.get(0).cells().get(1).get(0));
    }
}
