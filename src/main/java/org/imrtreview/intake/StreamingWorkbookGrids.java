package org.imrtreview.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.imrtreview.intake.table.Grid;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx}/{@code .xlsm} workbook's sheets as grids, read as a stream of XML events (decision
 * 0265) — the same texts {@link WorkbookGrids} takes from POI's in-memory workbook, without holding
 * the workbook: only the first {@link WorkbookGrids#MAX_ROWS} rows and {@link WorkbookGrids#MAX_COLUMNS}
 * columns of each sheet are kept, the rest is passed over, and shared strings are kept only for the
 * cells kept (a second pass over the strings part). Progress is reported to the case loader's time
 * budget every {@value #PROGRESS_ROWS} rows, and the reader stops when it is asked to (interrupted).
 */
final class StreamingWorkbookGrids {
    private static final int PROGRESS_ROWS = 5000;
    /** Marks a shared-string cell until the strings are read: U+FFFF cannot occur in XML text. */
    private static final char SHARED = '\uFFFF';
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");

    private StreamingWorkbookGrids() {
    }

    /** One visible or hidden (not very hidden) sheet of the workbook, in the workbook's order. */
    private record SheetRef(String name, String relationId, boolean hidden) {
    }

    /** The grids, or an exception for a package that is damaged or not a workbook. */
    static List<Grid> of(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (IOException | RuntimeException | OpenXML4JException e) {
                styles = null; // no styles part: every number in the General format
            }
            Workbook book = new Workbook();
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, book);
            }
            DataFormatter formatter = new DataFormatter(Locale.US);
            List<Grid> grids = new ArrayList<>();
            Map<Integer, String> wanted = new HashMap<>();
            List<List<List<String>>> cells = new ArrayList<>();
            for (SheetRef ref : book.sheets) {
                SheetHandler sheet = new SheetHandler(styles, formatter, book.date1904, wanted);
                try (InputStream in = reader.getSheet(ref.relationId())) {
                    parse(in, sheet);
                }
                cells.add(sheet.grid());
            }
            if (!wanted.isEmpty()) {
                try (InputStream in = reader.getSharedStringsData()) {
                    parse(in, new SharedStringsHandler(wanted));
                }
            }
            for (int i = 0; i < book.sheets.size(); i++) {
                List<List<String>> grid = cells.get(i);
                resolveShared(grid, wanted);
                grids.add(new Grid(book.sheets.get(i).name(), grid, Grid.Addressing.A1, book.sheets.get(i).hidden()));
            }
            return grids;
        } catch (OpenXML4JException | SAXException e) {
            if (e.getCause() instanceof InterruptedIOException stop) {
                throw stop;
            }
            throw new IOException("not a readable workbook: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private static void resolveShared(List<List<String>> grid, Map<Integer, String> strings) {
        for (List<String> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (!v.isEmpty() && v.charAt(0) == SHARED) {
                    String s = strings.get(Integer.parseInt(v.substring(1)));
                    row.set(c, s == null ? "" : clean(s));
                }
            }
        }
    }

    private static String clean(String text) {
        return text.replace('\u00a0', ' ').trim();
    }

    /** workbook.xml: the sheets in order (very hidden ones left out, as {@link WorkbookGrids} does) and the date system. */
    private static final class Workbook extends DefaultHandler {
        final List<SheetRef> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String name = localName(qName);
            if ("sheet".equals(name)) {
                String id = relationId(atts);
                if (id != null && !"veryHidden".equals(atts.getValue("state"))) {
                    sheets.add(new SheetRef(atts.getValue("name"), id, "hidden".equals(atts.getValue("state"))));
                }
            } else if ("workbookPr".equals(name)) {
                String v = atts.getValue("date1904");
                date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
            }
        }

        private static String relationId(Attributes atts) {
            for (int i = 0; i < atts.getLength(); i++) {
                if ("id".equals(localName(atts.getQName(i)))) {
                    return atts.getValue(i);
                }
            }
            return null;
        }
    }

    private static String localName(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** One sheet's cells, as POI's usermodel and {@link DataFormatter} would show them. */
    private static final class SheetHandler extends DefaultHandler {
        private final StylesTable styles;
        private final DataFormatter formatter;
        private final boolean date1904;
        private final Map<Integer, String> wanted;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int lastRow = -1;
        private int rowIndex = -1;
        private int nextColumn;
        private List<String> row;
        private int rowsSeen;
        // the cell being read
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean hasValue;

        SheetHandler(StylesTable styles, DataFormatter formatter, boolean date1904, Map<Integer, String> wanted) {
            this.styles = styles;
            this.formatter = formatter;
            this.date1904 = date1904;
            this.wanted = wanted;
        }

        List<List<String>> grid() {
            List<List<String>> grid = new ArrayList<>();
            int last = Math.min(lastRow, WorkbookGrids.MAX_ROWS - 1);
            for (int r = 0; r <= last; r++) {
                grid.add(r < rows.size() && rows.get(r) != null ? rows.get(r) : new ArrayList<>());
            }
            WorkbookGrids.fillMerged(merged, grid);
            return grid;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            switch (localName(qName)) {
                case "row" -> startRow(atts.getValue("r"));
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? nextColumn : new CellReference(ref).getCol();
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                    if (row != null) {
                        while (row.size() <= Math.min(column, WorkbookGrids.MAX_COLUMNS - 1)) {
                            row.add(""); // a blank (styled) cell still widens the row, as in POI's rows
                        }
                    }
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    value.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                    value.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && merged.size() < 100_000) {
                        try {
                            merged.add(CellRangeAddress.valueOf(ref));
                        } catch (RuntimeException e) {
                            // a damaged merge reference is left out, as POI leaves the region unusable
                        }
                    }
                }
                default -> {
                }
            }
        }

        private void startRow(String r) throws SAXException {
            rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
            nextColumn = 0;
            lastRow = Math.max(lastRow, rowIndex);
            if (++rowsSeen % PROGRESS_ROWS == 0) {
                ReadProgress.made();
                if (Thread.currentThread().isInterrupted()) {
                    throw new SAXException(new InterruptedIOException("reading the workbook was stopped"));
                }
            }
            if (rowIndex < 0 || rowIndex >= WorkbookGrids.MAX_ROWS) {
                row = null; // past the cap: passed over, only the merged regions at the end are still read
                return;
            }
            while (rows.size() <= rowIndex) {
                rows.add(null);
            }
            row = new ArrayList<>();
            rows.set(rowIndex, row);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || inInline && !inPhonetic) && row != null && column < WorkbookGrids.MAX_COLUMNS
                    && value.length() < 1_000_000) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (localName(qName)) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (row != null && column < WorkbookGrids.MAX_COLUMNS) {
                        row.set(column, text());
                    }
                }
                case "row" -> row = null;
                default -> {
                }
            }
        }

        /** The cell's text as {@code WorkbookGrids.text} gives it for the same cell in POI's usermodel. */
        private String text() {
            String v = value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    if (!hasValue || v.isBlank()) {
                        return "";
                    }
                    try {
                        int index = Integer.parseInt(v.trim());
                        wanted.putIfAbsent(index, null);
                        return SHARED + Integer.toString(index);
                    } catch (NumberFormatException e) {
                        return "";
                    }
                }
                case "inlineStr", "str" -> {
                    return clean(new XSSFRichTextString(v).getString());
                }
                case "b" -> {
                    return hasValue ? ("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()) ? "TRUE" : "FALSE") : "";
                }
                case "e" -> {
                    if (formula) {
                        return "";
                    }
                    try {
                        return FormulaError.forString(v.trim()).getString();
                    } catch (RuntimeException e) {
                        return clean(v);
                    }
                }
                default -> {
                    return number(v);
                }
            }
        }

        private String number(String v) {
            if (!hasValue || v.isEmpty()) {
                return formula ? format(0) : "";
            }
            double d;
            try {
                d = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return clean(v);
            }
            String text = clean(format(d));
            // SummaryRow's contract: numbers without locale grouping ("5800 cGy", not "5,800 cGy")
            return GROUPED.matcher(text).find() ? text.replaceAll("(?<=\\d),(?=\\d{3})", "") : text;
        }

        private String format(double d) {
            int index = 0;
            String pattern = null;
            if (styles != null) {
                XSSFCellStyle cs = null;
                if (style != null) {
                    try {
                        cs = styles.getStyleAt(Integer.parseInt(style));
                    } catch (RuntimeException e) {
                        cs = null;
                    }
                } else if (styles.getNumCellStyles() > 0) {
                    cs = styles.getStyleAt(0);
                }
                if (cs != null) {
                    index = cs.getDataFormat();
                    pattern = cs.getDataFormatString();
                }
            }
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(index);
            }
            if (pattern == null) {
                pattern = "General";
            }
            return formatter.formatRawCellContents(d, index, pattern, date1904);
        }
    }

    /** sharedStrings.xml, keeping only the strings of the cells kept. */
    private static final class SharedStringsHandler extends DefaultHandler {
        private final Map<Integer, String> wanted;
        private final StringBuilder text = new StringBuilder();
        private int index = -1;
        private boolean inText;
        private boolean inPhonetic;

        SharedStringsHandler(Map<Integer, String> wanted) {
            this.wanted = wanted;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            switch (localName(qName)) {
                case "si" -> {
                    index++;
                    text.setLength(0);
                    if (index % (PROGRESS_ROWS * 10) == 0 && Thread.currentThread().isInterrupted()) {
                        throw new SAXException(new InterruptedIOException("reading the workbook was stopped"));
                    }
                }
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic && wanted.containsKey(index) && text.length() < 1_000_000) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (localName(qName)) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> {
                    if (wanted.containsKey(index)) {
                        wanted.put(index, new XSSFRichTextString(text.toString()).getString());
                    }
                }
                default -> {
                }
            }
        }
    }
}
