package org.imrtreview.intake.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.imrtreview.intake.table.TableLocator;

/**
 * Joins a table that continues on the next page into one table; a header row repeated on the new
 * page (Word's "repeat as header row") is dropped and a row broken across the page rejoined.
 *
 * <p>With the pages' {@link PageFlow}s (text pages, decision 0408) the last table of page p and the
 * first table of page p+1 are joined when nothing but page furniture (page numbers, a running header
 * or footer, a "(continued)" line) stands between them, their columns line up and the second has no
 * header of its own, wherever the first ends on its page. Rows at the top of page p+1 too few to be
 * found as a table (a single unruled row) are read into the table's columns from their lines. Rows
 * there that look like table rows but cannot be joined (a paragraph stands between, the columns do
 * not line up) are returned as {@link Loose}, for the reader to say so (decision 0409). Tables on pages
 * without a flow, or whose flow was read by OCR, keep the rule by position: the first table ends in the
 * lower part of its page, the second starts near the top of the next, and their columns match (else 0470's
 * hold). A scanned flow serves only for rows too few to be a table, read when set as cells and holding a
 * dose (decision 0480), and a header the finder read apart from its rows on a scanned page is joined back
 * to them (0481).
 */
final class TableStitcher {
    private static final double EDGE_TOLERANCE = 15;
    /** A vertical gap this tall (in font sizes) between two lines read as rows ends the rows. */
    private static final double ROW_GAP = 2.6;
    /** Top and bottom share of a page where a line that is no row is a running header or footer. */
    private static final double BAND = 0.085;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[\\s\\-–—|]*(page|p\\.|pg\\.?)?\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[\\s\\-–—|.]*");
    private static final Pattern PAGE_WORD = Pattern.compile("(?i).*\\bpage\\s+\\d{1,4}(\\s+of\\s+\\d{1,4})?\\b.*");
    private static final Pattern CONTINUED = Pattern.compile(
            "(?i).*\\b(continued|cont'd|cont\\.|continues)\\b.*");
    /** A cell that is a value: "38%", "21.4", "< 45", "60" (not "3D" or "V20Gy"). */
    private static final Pattern VALUE = Pattern.compile("[<>≤≥=~]?\\d+([.,]\\d+)?(%|cc)?");

    private TableStitcher() {
    }

    /** A page right after {@code table}'s last page whose first lines look like its rows but were not joined. */
    record Loose(int table, int page) { }

    /** Tables joined across pages, and the loose continuations found. */
    record Stitched(List<ExtractedTable> tables, List<Loose> loose) { }

    /** @param tables tables in page order, top to bottom within a page */
    static List<ExtractedTable> stitch(List<ExtractedTable> tables) {
        return stitch(tables, Map.of()).tables();
    }

    static Stitched stitch(List<ExtractedTable> tables, Map<Integer, PageFlow> flows) {
        return stitch(tables, flows, UnaryOperator.identity());
    }

    /**
     * @param tables tables in page order, top to bottom within a page
     * @param flows  page number to the page's lines outside its tables; a page without one, or whose lines
     *               were read by OCR, has its tables joined only by the first rule
     * @param clean  applied to rows read from the lines of a page read by OCR before they are joined (the
     *               reader takes the OCR confidence markers out of them there, as from the tables)
     */
    static Stitched stitch(List<ExtractedTable> input, Map<Integer, PageFlow> flows, UnaryOperator<ExtractedTable> clean) {
        List<ExtractedTable> tables = rejoinHeaders(input, flows);
        List<ExtractedTable> out = new ArrayList<>();
        List<Loose> loose = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ExtractedTable t = tables.get(i);
            if (!out.isEmpty()) {
                ExtractedTable prev = out.get(out.size() - 1);
                // prev is the last table of its page because tables come in order; t must be the first of its page
                boolean firstOnPage = tables.get(i - 1).lastPage() != t.firstPage();
                if (firstOnPage && t.firstPage() == prev.lastPage() + 1) {
                    PageFlow here = flows.get(prev.lastPage());
                    PageFlow there = flows.get(t.firstPage());
                    if (!typed(here) || !typed(there)) {
                        // no text around the tables, or text read by OCR: by position alone
                        if (endsLow(prev) && startsHigh(t)) {
                            int[] map = columnMap(prev, t);
                            if (map != null) {
                                out.set(out.size() - 1, join(prev, t, map));
                                continue;
                            }
                        }
                        if (scannedRows(prev, t)) {
                            // not joined, and nothing known of what stands between: said, never dropped (0470)
                            addLoose(loose, out.size() - 1, t.firstPage());
                        }
                    } else {
                        ExtractedTable joined = continuedBy(prev, t, here, there);
                        if (joined != null) {
                            out.set(out.size() - 1, joined);
                            continue;
                        }
                    }
                }
                if (prev.lastPage() < t.firstPage()) {
                    afterPage(out, loose, flows, t.firstPage() == prev.lastPage() + 1 && firstOnPage ? t : null, clean);
                    ExtractedTable grown = out.get(out.size() - 1);
                    if (grown != prev && firstOnPage && t.firstPage() == grown.lastPage() + 1) {
                        // rows of a page between were joined as lines; t may go on with the table (decision 0443)
                        PageFlow here = flows.get(grown.lastPage());
                        PageFlow there = flows.get(t.firstPage());
                        if (here != null && there != null && (here.scanned() || there.scanned())) {
                            // rows read from OCR lines: a table after them is held, never joined (decision 0480)
                            if (scannedRows(grown, t)) {
                                addLoose(loose, out.size() - 1, t.firstPage());
                            }
                        } else if (here != null && there != null) {
                            ExtractedTable joined = continuedBy(grown, t, here, there);
                            if (joined != null) {
                                out.set(out.size() - 1, joined);
                                continue;
                            }
                            if (looksContinued(grown, there, here, t)) {
                                addLoose(loose, out.size() - 1, t.firstPage());
                            }
                        }
                    }
                }
            }
            out.add(t);
        }
        if (!out.isEmpty()) {
            afterPage(out, loose, flows, null, clean);
        }
        return new Stitched(out, loose);
    }

    /** Most space between a header read apart from its rows and the rows, as a share of the page's height. */
    private static final double HEADER_GAP = 0.03;

    /**
     * On a page read by OCR, a table that is a header alone (the locator finds a header, no row holds a value)
     * right above a header-less table of rows whose columns it lines up with is that table's header, split
     * off by the finder (a fax whose header lost its rulings, decision 0481): the two are one table, the
     * header's lines made one header row in the rows' columns.
     */
    static List<ExtractedTable> rejoinHeaders(List<ExtractedTable> tables, Map<Integer, PageFlow> flows) {
        List<ExtractedTable> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ExtractedTable a = tables.get(i);
            ExtractedTable b = i + 1 < tables.size() ? tables.get(i + 1) : null;
            PageFlow flow = flows.get(a.lastPage());
            if (b != null && flow != null && flow.scanned() && b.firstPage() == a.lastPage() && headerOf(a, b)) {
                int[] map = columnMap(b, a);
                if (map != null) {
                    out.add(withHeader(a, b, map));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean headerOf(ExtractedTable header, ExtractedTable rows) {
        double gap = rows.top() - header.bottom();
        if (gap > HEADER_GAP * rows.pageHeight() || gap < -HEADER_GAP * rows.pageHeight() || rows.columnCount() < 3
                || rows.rows().isEmpty() || header.rows().isEmpty() || TableLocator.locate(header.rows()).isEmpty()
                || TableLocator.locate(rows.rows()).isPresent()) {
            return false;
        }
        for (List<String> r : header.rows()) {
            if (holdsValue(r)) {
                return false; // rows of its own: a table, not a header
            }
        }
        List<String> first = firstRealRow(rows.rows());
        return first.get(0).codePoints().anyMatch(Character::isLetter) && holdsValue(first);
    }

    /** {@code header}'s lines as one header row in {@code rows}' columns, above its rows. */
    private static ExtractedTable withHeader(ExtractedTable header, ExtractedTable rows, int[] map) {
        int cols = rows.columnCount();
        List<List<String>> parts = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            parts.add(new ArrayList<>());
        }
        for (List<String> r : header.rows()) {
            for (int j = 0; j < r.size(); j++) {
                if (r.get(j) != null && !r.get(j).isBlank()) {
                    parts.get(map[j]).add(r.get(j));
                }
            }
        }
        List<String> head = new ArrayList<>();
        for (List<String> p : parts) {
            head.add(TextLayout.joinLines(p));
        }
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows.rows());
        return new ExtractedTable(header.firstPage(), rows.lastPage(), all, rows.columnEdges(), header.top(), rows.bottom(),
                rows.ruled(), rows.pageHeight());
    }

    /** A page whose lines were read from its text layer (not by OCR, not missing). */
    private static boolean typed(PageFlow flow) {
        return flow != null && !flow.scanned();
    }

    private static void addLoose(List<Loose> loose, int table, int page) {
        Loose l = new Loose(table, page);
        if (!loose.contains(l)) {
            loose.add(l);
        }
    }

    /**
     * The page after the last table of {@code out}: header-less rows at its top (lines, not a table)
     * joined to that table, or noted as loose when they look like rows but do not fit. {@code next}:
     * the first table of that page, not joined.
     */
    private static void afterPage(List<ExtractedTable> out, List<Loose> loose, Map<Integer, PageFlow> flows,
                                  ExtractedTable next, UnaryOperator<ExtractedTable> clean) {
        int index = out.size() - 1;
        ExtractedTable prev = out.get(index);
        PageFlow here = flows.get(prev.lastPage());
        PageFlow there = flows.get(prev.lastPage() + 1);
        if (here == null || there == null) {
            return;
        }
        ExtractedTable rows = tailClear(prev, here, there) ? rowLines(prev, there, here) : null;
        if (rows != null) {
            out.set(index, join(prev, there.scanned() ? clean.apply(rows) : rows, identity(prev.columnCount())));
            // a page holding a row or two may be followed by the table's next page (decision 0443)
            int joinedTo = out.get(index).lastPage();
            if (next == null || next.firstPage() > joinedTo + 1) {
                afterPage(out, loose, flows, null, clean);
            }
            return;
        }
        // a table at the top of a page read by OCR is judged by scannedRows (decision 0470)
        if (looksContinued(prev, there, here, there.scanned() || here.scanned() ? null : next)) {
            addLoose(loose, index, prev.lastPage() + 1);
        }
    }

    /**
     * {@code next} (first table of the page after {@code prev}'s last) continues {@code prev} when only page
     * furniture stands between them, its columns line up and it has no header of its own (a repeat of
     * prev's header is dropped). Where it starts and ends on its page does not matter then.
     */
    private static ExtractedTable continuedBy(ExtractedTable prev, ExtractedTable next, PageFlow here, PageFlow there) {
        if (!tailClear(prev, here, there) || there.headCut()) {
            return null;
        }
        for (TextLine l : there.head()) {
            if (!furniture(l, there, here.head()) && !inBand(l, there)) {
                return null;
            }
        }
        int[] map = columnMap(prev, next);
        if (map == null || ownHeader(prev, next, map)) {
            return null;
        }
        return join(prev, next, map);
    }

    /** Whether {@code next} starts with a header row of its own (another table), not a repeat of prev's. */
    private static boolean ownHeader(ExtractedTable prev, ExtractedTable next, int[] map) {
        List<String> first = firstRowOf(next, map, prev.columnCount());
        if (repeatsHeader(prev, first)) {
            return false;
        }
        return TableLocator.locate(next.rows()).isPresent() || !holdsValue(firstRealRow(next.rows()));
    }

    private static boolean holdsValue(List<String> row) {
        for (String cell : row) {
            for (String token : plain(cell).split("\\s+")) {
                if (VALUE.matcher(token).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nothing but page furniture below {@code prev} on its last page. */
    private static boolean tailClear(ExtractedTable prev, PageFlow here, PageFlow there) {
        if (here.tailCut() && (here.tail().isEmpty() || here.tail().get(0).baseline() > prev.bottom())) {
            return false; // lines were dropped, perhaps between the table and the page's end
        }
        for (TextLine l : here.tail()) {
            if (l.baseline() <= prev.bottom()) {
                continue;
            }
            if (!furniture(l, here, there.tail()) && !inBand(l, here)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A page number, a "(continued)" line, or a line repeated on the other page near the same edge
     * (running header or footer). {@code other}: the lines at the same edge of the neighbouring page.
     */
    static boolean furniture(TextLine l, PageFlow page, List<TextLine> other) {
        String text = plain(l.text()).strip();
        if (text.length() <= 60 && CONTINUED.matcher(text).matches()) {
            return true;
        }
        boolean edge = l.top() < 2 * BAND * page.height() || l.bottom() > (1 - 2 * BAND) * page.height();
        if (!edge) {
            return false; // a number alone mid-page is an axis label or a value, not a page number
        }
        if (PAGE_NUMBER.matcher(text).matches() || PAGE_WORD.matcher(text).matches()) {
            return true;
        }
        String key = running(text);
        for (TextLine o : other) {
            if (running(o.text()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** In the top or bottom margin of the page, where a word processor puts its header and footer. */
    private static boolean inBand(TextLine l, PageFlow page) {
        return l.bottom() < BAND * page.height() || l.top() > (1 - BAND) * page.height();
    }

    /** The text without OCR confidence markers (text read from a text layer has none). */
    private static String plain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!OcrConfidence.isMarker(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    private static String running(String text) {
        return plain(text).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Lines at the top of the page after {@code prev}, under its furniture, read into prev's columns as
     * rows: every word within one column, a row's first line filling at least half of them, its wrapped
     * lines below it; null when there are none, or when the first holds no value (another table's header).
     */
    private static ExtractedTable rowLines(ExtractedTable prev, PageFlow there, PageFlow here) {
        double[] edges = prev.columnEdges();
        int cols = prev.columnCount();
        List<List<TextLine>> rows = new ArrayList<>();
        TextLine last = null;
        for (TextLine l : there.head()) {
            if (rows.isEmpty()) {
                if (furniture(l, there, here.head())) {
                    continue;
                }
                if (fits(l, edges) && filled(l, edges) >= Math.max(2, (cols + 1) / 2) && startsWithWord(l)
                        && (!there.scanned() || cellsApart(l) && doseLike(l))) {
                    rows.add(new ArrayList<>(List.of(l)));
                    last = l;
                    continue;
                }
                if (inBand(l, there)) {
                    continue;
                }
                return null;
            }
            if (l.top() - last.bottom() > ROW_GAP * Math.max(l.fontSize(), last.fontSize())) {
                break;
            }
            if (!fits(l, edges)) {
                if (there.scanned() && startsWithWord(l) && doseLike(l) && cellsApart(l)) {
                    return null; // a row OCR set out of the columns: reading the rows before it would lose it (0480)
                }
                break;
            }
            if (filled(l, edges) >= Math.max(2, (cols + 1) / 2)) {
                if (!startsWithWord(l) || there.scanned() && !(cellsApart(l) && doseLike(l))) {
                    return null; // "0  10  20  30": axis labels, not a row; or a sentence read by OCR
                }
                rows.add(new ArrayList<>(List.of(l)));
            } else {
                if (there.scanned() && doseLike(l)) {
                    return null; // a dose on a cell's wrapped line: a row OCR read short, not to be merged into one
                }
                rows.get(rows.size() - 1).add(l);
            }
            last = l;
        }
        if (rows.isEmpty() || there.headCut() && rows.get(rows.size() - 1).contains(there.head().get(there.head().size() - 1))) {
            return null; // no rows, or rows may go on past the lines kept
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<TextLine> row : rows) {
            List<String> r = cellTexts(row, edges);
            if (!holdsValue(r)) {
                return null; // a header row (another table), or words that only happen to line up
            }
            cells.add(r);
        }
        List<TextLine> lastRow = rows.get(rows.size() - 1);
        return new ExtractedTable(there.pageNumber(), there.pageNumber(), cells, edges, rows.get(0).get(0).top(),
                lastRow.get(lastRow.size() - 1).bottom(), false, there.height());
    }

    /**
     * Whether the top of the page after {@code prev} holds what looks like rows that were not joined:
     * under its furniture, a header-less table holding values ({@code next}), or a first line holding a
     * value that lies in prev's columns or, when nothing but furniture follows prev on its page, has three
     * or more cells.
     */
    private static boolean looksContinued(ExtractedTable prev, PageFlow there, PageFlow here, ExtractedTable next) {
        for (TextLine l : there.head()) {
            if (furniture(l, there, here.head()) || inBand(l, there)) {
                continue;
            }
            if (!holdsValue(List.of(l.text()))) {
                return false;
            }
            boolean inColumns = fits(l, prev.columnEdges()) && filled(l, prev.columnEdges()) >= Math.max(2, (prev.columnCount() + 1) / 2);
            if (there.scanned()) {
                // OCR sets any gap wider than a word space apart, so "three cells" is no sign of a row there: a
                // name, then a dose or a percentage, in the table's columns (decision 0480); a letterhead's
                // address and telephone numbers are none
                return inColumns && startsWithWord(l) && doseLike(l);
            }
            return inColumns || new StreamTableFinder().chunkCount(l) >= 3 && tailClear(prev, here, there);
        }
        if (next != null && !there.headCut()) {
            return !TableLocator.locate(next.rows()).isPresent() && !repeatsHeader(prev, next.rows().get(0))
                    && holdsValue(firstRealRow(next.rows()));
        }
        return false;
    }

    /**
     * A table at the top of a page without a text layer (read by OCR), or after one, that was not joined to
     * {@code prev} yet looks like its rows (decision 0470): it starts in the upper part of its page, has no
     * header of its own (the locator finds none, its first row is no repeat of prev's header), at least three
     * columns, and its first real row begins with a name and holds a value.
     */
    private static boolean scannedRows(ExtractedTable prev, ExtractedTable t) {
        if (!startsHigh(t) || t.columnCount() < 3 || t.rows().isEmpty() || TableLocator.locate(t.rows()).isPresent()
                || repeatsHeader(prev, t.rows().get(0))) {
            return false;
        }
        List<String> first = firstRealRow(t.rows());
        return !first.isEmpty() && first.get(0).codePoints().anyMatch(Character::isLetter) && holdsValue(first);
    }

    /** The first row that is not the broken-off rest of a row from the page before. */
    private static List<String> firstRealRow(List<List<String>> rows) {
        return rows.size() > 1 && isFragment(rows.get(0)) ? rows.get(1) : rows.get(0);
    }

    /**
     * A line read by OCR set as cells, not as a sentence: its words fall into at least three runs apart by
     * more than a word space (OCR puts no space between two cells, {@link ScannedPageContent}); a sentence
     * whose words happen to miss the table's column edges is one run.
     */
    private static boolean cellsApart(TextLine l) {
        int runs = 1;
        for (int i = 1; i < l.words().size(); i++) {
            runs += l.words().get(i).spaced() ? 0 : 1;
        }
        return runs >= 3;
    }

    /** A dose or a percentage ("66 Gy", "35%", "61.3"), not a bare number (a postcode, a telephone number, a date). */
    private static final Pattern DOSE = Pattern.compile(
            "(?i)(^|[\\s<>≤≥=~(])(\\d+([.,]\\d+)?\\s*(%|c?gy\\b|cc\\b)|\\d{1,3}[.,]\\d{1,2}(?![\\d.,-]))");

    private static boolean doseLike(TextLine l) {
        return DOSE.matcher(plain(l.text())).find();
    }

    /** A row begins with a name (an organ, a metric), not with a number. */
    private static boolean startsWithWord(TextLine l) {
        return l.words().get(0).text().codePoints().anyMatch(Character::isLetter);
    }

    /** Whether every word of the line lies within one of the table's columns. */
    private static boolean fits(TextLine line, double[] edges) {
        double slack = 2 * line.fontSize();
        for (Word w : line.words()) {
            if (w.x0() < edges[0] - slack || w.x1() > edges[edges.length - 1] + slack) {
                return false;
            }
            for (int e = 1; e < edges.length - 1; e++) {
                if (w.x0() < edges[e] && w.x1() > edges[e]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int filled(TextLine line, double[] edges) {
        boolean[] f = new boolean[edges.length - 1];
        for (Word w : line.words()) {
            f[StreamTableFinder.columnOf(w.centerX(), edges)] = true;
        }
        int n = 0;
        for (boolean b : f) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static List<String> cellTexts(List<TextLine> lines, double[] edges) {
        int cols = edges.length - 1;
        List<List<String>> parts = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            parts.add(new ArrayList<>());
        }
        for (TextLine line : lines) {
            List<List<Word>> perColumn = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                perColumn.add(new ArrayList<>());
            }
            for (Word w : line.words()) {
                perColumn.get(StreamTableFinder.columnOf(w.centerX(), edges)).add(w);
            }
            for (int c = 0; c < cols; c++) {
                if (!perColumn.get(c).isEmpty()) {
                    parts.get(c).add(TextLayout.join(perColumn.get(c)));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.add(TextLayout.joinLines(p));
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        return map;
    }

    private static boolean endsLow(ExtractedTable t) {
        return t.bottom() >= 0.55 * t.pageHeight();
    }

    private static boolean startsHigh(ExtractedTable t) {
        return t.top() <= 0.45 * t.pageHeight();
    }

    /** For each column of {@code next}, the column of {@code first} it continues, or null when they do not line up. */
    static int[] columnMap(ExtractedTable first, ExtractedTable next) {
        double[] a = first.columnEdges();
        double[] b = next.columnEdges();
        int[] map = new int[b.length - 1];
        if (a.length == b.length) {
            boolean same = true;
            for (int i = 0; i < a.length && same; i++) {
                same = Math.abs(a[i] - b[i]) <= EDGE_TOLERANCE;
            }
            if (same) {
                for (int i = 0; i < map.length; i++) {
                    map[i] = i;
                }
                return map;
            }
        }
        boolean[] used = new boolean[a.length - 1];
        for (int j = 0; j < map.length; j++) {
            int best = -1;
            double bestOverlap = 0;
            for (int i = 0; i < a.length - 1; i++) {
                double overlap = Math.min(a[i + 1], b[j + 1]) - Math.max(a[i], b[j]);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = i;
                }
            }
            if (best < 0 || used[best] || bestOverlap < 0.5 * (b[j + 1] - b[j])) {
                return null;
            }
            used[best] = true;
            map[j] = best;
        }
        return map;
    }

    private static ExtractedTable join(ExtractedTable first, ExtractedTable next, int[] map) {
        List<List<String>> rows = new ArrayList<>(first.rows());
        int cols = first.columnCount();
        int index = 0;
        for (List<String> r : next.rows()) {
            List<String> mapped = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                mapped.add("");
            }
            for (int j = 0; j < r.size(); j++) {
                mapped.set(map[j], r.get(j));
            }
            boolean atStart = index == 0 || index == 1 && repeatsHeader(first, firstRowOf(next, map, cols));
            index++;
            if (index == 1 && repeatsHeader(first, mapped)) {
                continue;
            }
            if (atStart && isFragment(mapped) && !rows.isEmpty()) {
                rows.set(rows.size() - 1, appendFragment(rows.get(rows.size() - 1), mapped));
                continue;
            }
            rows.add(mapped);
        }
        return new ExtractedTable(first.firstPage(), next.lastPage(), rows, first.columnEdges(), first.top(),
                next.bottom(), first.ruled() && next.ruled(), next.pageHeight());
    }

    private static List<String> firstRowOf(ExtractedTable next, int[] map, int cols) {
        List<String> mapped = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            mapped.add("");
        }
        List<String> r = next.rows().get(0);
        for (int j = 0; j < r.size(); j++) {
            mapped.set(map[j], r.get(j));
        }
        return mapped;
    }

    /**
     * The rest of a row that broke across the page (Word lets rows break by default): text in at
     * most a third of the columns, the others empty.
     */
    private static boolean isFragment(List<String> row) {
        int filled = 0;
        for (String c : row) {
            filled += c.isBlank() ? 0 : 1;
        }
        return filled > 0 && filled * 3 <= row.size();
    }

    private static List<String> appendFragment(List<String> row, List<String> fragment) {
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            joined.add(TextLayout.joinLines(List.of(row.get(c), fragment.get(c))));
        }
        return joined;
    }

    private static boolean repeatsHeader(ExtractedTable first, List<String> row) {
        for (int i = 0; i < Math.min(2, first.rows().size()); i++) {
            if (normal(first.rows().get(i)).equals(normal(row))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> normal(List<String> row) {
        List<String> n = new ArrayList<>();
        for (String s : row) {
            n.add(s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT));
        }
        return n;
    }
}
