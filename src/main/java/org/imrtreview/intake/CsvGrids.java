package org.imrtreview.intake;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imrtreview.intake.table.Grid;

/**
 * A delimited text table as a grid. The encoding is read from a byte-order mark (UTF-8, UTF-16),
 * else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what Excel on Windows writes as
 * "CSV"). The delimiter is whichever of comma, semicolon (European Excel) or tab splits the first
 * lines most consistently.
 */
final class CsvGrids {

    static final int MAX_RECORDS = 5000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvGrids() {
    }

    static Grid of(byte[] bytes) throws IOException {
        String text = decode(bytes);
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).get();
        List<List<String>> grid = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (grid.size() >= MAX_RECORDS) {
                    break;
                }
                List<String> row = new ArrayList<>(record.size());
                record.forEach(v -> row.add(v == null ? "" : v.trim()));
                grid.add(row);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException("the text table is malformed (" + e.getMessage() + ")", e);
        }
        return new Grid(null, grid, Grid.Addressing.ROW);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The delimiter that gives the most lines with the same, largest number of fields. */
    static char delimiter(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(30).toList();
        char best = ',';
        int bestScore = -1;
        for (char d : new char[] {',', ';', '\t'}) {
            int score = 0;
            for (String line : lines) {
                int n = countOutsideQuotes(line, d);
                score += n > 0 ? 10 + Math.min(n, 10) : 0;
            }
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }
}
