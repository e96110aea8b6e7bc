package org.imrtreview.letter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Two small edits of a TrueType file that FontBox does not offer: a character map in format 12
 * (the one that reaches beyond the BMP: emoji, CJK Extension B), and replacing one table.
 */
final class FontTables {

    private FontTables() {
    }

    /** A 'cmap' table with one Windows full-repertoire subtable (3, 10), format 12, one group per character. */
    static byte[] cmapFormat12(SortedMap<Integer, Integer> codeToGlyph) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(0); // version
            out.writeShort(1); // one encoding record
            out.writeShort(3); // Windows
            out.writeShort(10); // Unicode full repertoire
            out.writeInt(12); // subtable offset
            int groups = codeToGlyph.size();
            out.writeShort(12); // format
            out.writeShort(0);
            out.writeInt(16 + 12 * groups); // length
            out.writeInt(0); // language
            out.writeInt(groups);
            for (var e : codeToGlyph.entrySet()) {
                out.writeInt(e.getKey());
                out.writeInt(e.getKey());
                out.writeInt(e.getValue());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Table(String tag, byte[] data) { }

    /** The font {@code sfnt} with its table {@code tag} replaced by {@code data}; directory and checksums rebuilt. */
    static byte[] replace(byte[] sfnt, String tag, byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(sfnt);
        int version = in.getInt(0);
        int count = in.getShort(4) & 0xFFFF;
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int rec = 12 + 16 * i;
            byte[] t = new byte[4];
            in.get(rec, t);
            String name = new String(t, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(rec + 8);
            int length = in.getInt(rec + 12);
            byte[] body = name.equals(tag) ? data : java.util.Arrays.copyOfRange(sfnt, offset, offset + length);
            tables.add(new Table(name, body));
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(sfnt.length + data.length);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(version);
            out.writeShort(count);
            int mask = Integer.highestOneBit(Math.max(1, count));
            out.writeShort(mask * 16);
            out.writeShort(Integer.numberOfTrailingZeros(mask));
            out.writeShort(count * 16 - mask * 16);
            int offset = 12 + 16 * count;
            for (Table t : tables) {
                out.write(t.tag().getBytes(StandardCharsets.ISO_8859_1));
                out.writeInt((int) checksum(t.data()));
                out.writeInt(offset);
                out.writeInt(t.data().length);
                offset += (t.data().length + 3) & ~3;
            }
            for (Table t : tables) {
                out.write(t.data());
                out.write(new byte[((t.data().length + 3) & ~3) - t.data().length]);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int b = 0; b < 4; b++) {
                word = (word << 8) | (i + b < data.length ? data[i + b] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
