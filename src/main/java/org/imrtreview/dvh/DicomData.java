package org.imrtreview.dvh;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately small DICOM Part 10 reader, scoped to what the DVH and structure-name tags need
 * (decision 0162): the file meta group, then the data set in implicit or explicit VR little endian,
 * sequences and items of defined or undefined length, stopping before the pixel data. Element values
 * are kept as bytes; sequences as lists of item maps. Every length is checked against what is left,
 * so damaged or hostile files end in a {@link DvhFormatException}, never in an unchecked exception or
 * a huge allocation.
 */
public final class DicomData {

    /** RT Dose Storage and RT Structure Set Storage SOP classes. */
    public static final String RT_DOSE = "1.2.840.10008.5.1.4.1.1.481.2";
    public static final String RT_STRUCT = "1.2.840.10008.5.1.4.1.1.481.3";

    private static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    private static final int ITEM = 0xFFFEE000;
    private static final int ITEM_END = 0xFFFEE00D;
    private static final int SEQUENCE_END = 0xFFFEE0DD;
    private static final int UNDEFINED = 0xFFFFFFFF;
    private static final int MAX_DEPTH = 12;
    /** Tags read as sequences in implicit VR, where no VR says so. */
    private static final java.util.Set<Integer> SEQUENCES = java.util.Set.of(0x30040050, 0x30040060, 0x30060020,
            0x300C0060, 0x300C0002, 0x30060039, 0x30060080);

    private final Map<Integer, Object> elements;
    private final Charset charset;

    private DicomData(Map<Integer, Object> elements, Charset charset) {
        this.elements = elements;
        this.charset = charset;
    }

    /** Whether the bytes start like a DICOM Part 10 file (128-byte preamble, "DICM"). */
    public static boolean isPart10(byte[] head) {
        return head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
    }

    /**
     * Whether the bytes are a DICOM data set: a Part 10 file, or a bare data set with no preamble and no
     * file meta group (older systems and some toolkits write those), little endian, starting in group 0008
     * with a SOP Class UID (0008,0016) near the start (decision 0283).
     */
    public static boolean isDicom(byte[] head) {
        return isPart10(head) || rawSopClass(head) != null;
    }

    /** Whether a bare data set uses explicit VR: two capital letters where an implicit length would be. */
    private static boolean rawExplicit(byte[] head) {
        return head.length >= 6 && Character.isUpperCase(head[4]) && Character.isUpperCase(head[5]);
    }

    /** The SOP Class UID of a bare data set (no preamble), or null when the bytes are not one. */
    private static String rawSopClass(byte[] head) {
        if (head.length < 16 || head[0] != 0x08 || head[1] != 0x00 || isPart10(head)) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            boolean explicit = rawExplicit(head);
            Map<Integer, Object> first = new LinkedHashMap<>();
            while (b.remaining() >= 8 && (b.getShort(b.position()) & 0xFFFF) == 0x0008
                    && (b.getShort(b.position() + 2) & 0xFFFF) <= 0x0016) {
                readElement(b, b.limit(), explicit, first, 0);
            }
            Object v = first.get(0x00080016);
            String uid = v instanceof byte[] bytes ? text(bytes, StandardCharsets.ISO_8859_1) : null;
            return uid != null && uid.matches("1\\.2\\.840\\.10008\\.[0-9.]+") ? uid : null;
        } catch (DvhFormatException | RuntimeException e) {
            return null;
        }
    }

    /** The SOP Class UID (the file meta group's, or a bare data set's), or null when it cannot be read. */
    public static String sopClass(byte[] head) {
        if (!isPart10(head)) {
            return rawSopClass(head);
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            b.position(132);
            Map<Integer, Object> meta = new LinkedHashMap<>();
            readMeta(b, meta);
            Object v = meta.get(0x00020002);
            return v instanceof byte[] bytes ? text(bytes, StandardCharsets.ISO_8859_1) : null;
        } catch (DvhFormatException | RuntimeException e) {
            return null;
        }
    }

    /** Parses the whole file up to the pixel data. */
    public static DicomData parse(byte[] content) throws DvhFormatException {
        if (!isPart10(content)) {
            if (rawSopClass(content) == null) {
                throw new DvhFormatException("it is not a DICOM file (no 'DICM' after the 128-byte preamble, nor a "
                        + "bare DICOM data set)");
            }
            ByteBuffer raw = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
            Map<Integer, Object> data = new LinkedHashMap<>();
            readDataset(raw, raw.limit(), rawExplicit(content), data, 0);
            return new DicomData(data, charsetOf(data));
        }
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        b.position(132);
        Map<Integer, Object> meta = new LinkedHashMap<>();
        readMeta(b, meta);
        String syntax = meta.get(0x00020010) instanceof byte[] s ? text(s, StandardCharsets.ISO_8859_1) : IMPLICIT_LE;
        boolean explicit;
        if (syntax.equals(IMPLICIT_LE)) {
            explicit = false;
        } else if (syntax.equals("1.2.840.10008.1.2.2") || syntax.equals("1.2.840.10008.1.2.1.99")) {
            throw new DvhFormatException("its transfer syntax " + syntax + " (big endian or deflated) is not read; "
                    + "ask for the file in little endian");
        } else {
            explicit = true; // explicit VR little endian, and every compressed syntax (only pixels differ)
        }
        Map<Integer, Object> data = new LinkedHashMap<>();
        readDataset(b, b.limit(), explicit, data, 0);
        return new DicomData(data, charsetOf(data));
    }

    private static Charset charsetOf(Map<Integer, Object> data) {
        Object cs = data.get(0x00080005);
        return cs instanceof byte[] c && text(c, StandardCharsets.ISO_8859_1).contains("192")
                ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    private static void readMeta(ByteBuffer b, Map<Integer, Object> meta) throws DvhFormatException {
        while (b.remaining() >= 8) {
            int start = b.position();
            int group = b.getShort(start) & 0xFFFF;
            if (group != 0x0002) {
                return;
            }
            readElement(b, b.limit(), true, meta, 0);
        }
    }

    private static void readDataset(ByteBuffer b, int end, boolean explicit, Map<Integer, Object> into, int depth)
            throws DvhFormatException {
        while (b.position() + 8 <= end) {
            int tag = tagAt(b, b.position());
            if (tag == ITEM_END) {
                b.position(b.position() + 8);
                return;
            }
            if ((tag >>> 16) >= 0x7FE0) {
                b.position(end);
                return; // pixel data and beyond: nothing the DVH needs
            }
            readElement(b, end, explicit, into, depth);
        }
    }

    private static void readElement(ByteBuffer b, int end, boolean explicit, Map<Integer, Object> into, int depth)
            throws DvhFormatException {
        int tag = tagAt(b, b.position());
        b.position(b.position() + 4);
        String vr = null;
        long length;
        if (explicit) {
            need(b, 4, end);
            vr = new String(new byte[] {b.get(), b.get()}, StandardCharsets.ISO_8859_1);
            if (longLength(vr)) {
                need(b, 6, end);
                b.getShort();
                length = b.getInt() & 0xFFFFFFFFL;
            } else {
                length = b.getShort() & 0xFFFF;
            }
        } else {
            need(b, 4, end);
            length = b.getInt() & 0xFFFFFFFFL;
        }
        boolean sequence = "SQ".equals(vr) || vr == null && SEQUENCES.contains(tag)
                || length == (UNDEFINED & 0xFFFFFFFFL) && !"OB".equals(vr) && !"OW".equals(vr);
        if (sequence) {
            if (depth >= MAX_DEPTH) {
                throw new DvhFormatException("its sequences nest deeper than " + MAX_DEPTH + " levels (damaged file)");
            }
            // UN with undefined length holds an implicit VR sequence (PS3.5 6.2.2).
            boolean itemsExplicit = explicit && !"UN".equals(vr);
            into.put(tag, readSequence(b, end, length, itemsExplicit, depth + 1));
            return;
        }
        if (length == (UNDEFINED & 0xFFFFFFFFL)) {
            skipEncapsulated(b, end);
            return;
        }
        if (length > end - b.position()) {
            throw new DvhFormatException("an element (" + String.format("%08X", tag) + ") is longer than the file — "
                    + "the file is truncated or damaged");
        }
        byte[] value = new byte[(int) length];
        b.get(value);
        into.put(tag, value);
    }

    private static List<Map<Integer, Object>> readSequence(ByteBuffer b, int end, long length, boolean explicit,
                                                           int depth) throws DvhFormatException {
        boolean undefined = length == (UNDEFINED & 0xFFFFFFFFL);
        if (!undefined && length > end - b.position()) {
            throw new DvhFormatException("a sequence is longer than the file — the file is truncated or damaged");
        }
        int seqEnd = undefined ? end : b.position() + (int) length;
        List<Map<Integer, Object>> items = new ArrayList<>();
        while (b.position() + 8 <= seqEnd) {
            int tag = tagAt(b, b.position());
            b.position(b.position() + 4);
            long itemLength = b.getInt() & 0xFFFFFFFFL;
            if (tag == SEQUENCE_END) {
                return items;
            }
            if (tag != ITEM) {
                throw new DvhFormatException("a sequence holds something that is not an item (damaged file)");
            }
            Map<Integer, Object> item = new LinkedHashMap<>();
            if (itemLength == (UNDEFINED & 0xFFFFFFFFL)) {
                readDataset(b, seqEnd, explicit, item, depth);
            } else {
                if (itemLength > seqEnd - b.position()) {
                    throw new DvhFormatException("an item is longer than its sequence — the file is damaged");
                }
                int itemEnd = b.position() + (int) itemLength;
                readDataset(b, itemEnd, explicit, item, depth);
                b.position(itemEnd);
            }
            items.add(item);
        }
        if (undefined) {
            throw new DvhFormatException("a sequence has no end — the file is truncated");
        }
        b.position(seqEnd);
        return items;
    }

    private static void skipEncapsulated(ByteBuffer b, int end) throws DvhFormatException {
        while (b.position() + 8 <= end) {
            int tag = tagAt(b, b.position());
            b.position(b.position() + 4);
            long len = b.getInt() & 0xFFFFFFFFL;
            if (tag == SEQUENCE_END) {
                return;
            }
            if (len > end - b.position()) {
                break;
            }
            b.position(b.position() + (int) len);
        }
        throw new DvhFormatException("an encapsulated value has no end — the file is truncated");
    }

    private static boolean longLength(String vr) {
        return switch (vr) {
            case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
            default -> false;
        };
    }

    private static int tagAt(ByteBuffer b, int at) {
        int group = b.getShort(at) & 0xFFFF;
        int element = b.getShort(at + 2) & 0xFFFF;
        return group << 16 | element;
    }

    private static void need(ByteBuffer b, int bytes, int end) throws DvhFormatException {
        if (end - b.position() < bytes) {
            throw new DvhFormatException("the file ends in the middle of an element — it is truncated");
        }
    }

    private static String text(byte[] bytes, Charset charset) {
        int n = bytes.length;
        while (n > 0 && (bytes[n - 1] == 0 || bytes[n - 1] == ' ')) {
            n--;
        }
        return new String(bytes, 0, n, charset).strip();
    }

    // ---- access -------------------------------------------------------------------------------

    /** A string element of this data set (or of {@code item}), trimmed; null when absent. */
    public String string(int tag) {
        return string(elements, tag);
    }

    public String string(Map<Integer, Object> item, int tag) {
        return item.get(tag) instanceof byte[] bytes ? text(bytes, charset) : null;
    }

    /** A DS/IS element's numbers (backslash separated); empty when absent. */
    public double[] numbers(Map<Integer, Object> item, int tag) throws DvhFormatException {
        String s = string(item, tag);
        if (s == null || s.isEmpty()) {
            return new double[0];
        }
        String[] parts = s.split("\\\\");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = DvhText.number(parts[i]);
            if (Double.isNaN(out[i])) {
                throw new DvhFormatException("element " + String.format("%08X", tag) + " holds '" + parts[i].strip()
                        + "', which is not a number");
            }
        }
        return out;
    }

    public double number(Map<Integer, Object> item, int tag) throws DvhFormatException {
        double[] v = numbers(item, tag);
        return v.length == 0 ? Double.NaN : v[0];
    }

    @SuppressWarnings("unchecked")
    public List<Map<Integer, Object>> sequence(Map<Integer, Object> item, int tag) {
        return item.get(tag) instanceof List<?> list ? (List<Map<Integer, Object>>) list : List.of();
    }

    public Map<Integer, Object> root() {
        return elements;
    }
}
