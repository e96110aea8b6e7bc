package org.imrtreview.letter.content;

import java.util.List;

/** One piece of a letter's body, as data: the PDF renderer (or a preview) decides how it looks. */
public sealed interface Block {

    Audience audience();

    /** A section heading. */
    record Heading(String text, Audience audience) implements Block { }

    /** A paragraph; {@code strong} paragraphs are set in bold (e.g. the draft warning). */
    record Paragraph(String text, Audience audience, boolean strong) implements Block { }

    /** A bulleted list. */
    record Bullets(List<String> items, Audience audience) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A bordered table; {@code widths} are relative column widths (same length as {@code headers}),
     * every row has one cell per header.
     */
    record Table(List<String> headers, List<List<String>> rows, List<Double> widths, Audience audience) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("table row has " + row.size() + " cells, expected " + headers.size());
                }
            }
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException("widths must match headers");
            }
        }
    }

    /** Language-assistance taglines: the language's English name and the tagline in that language. */
    record Taglines(List<Tagline> taglines, Audience audience) implements Block {
        public Taglines {
            taglines = List.copyOf(taglines);
        }
    }

    /** Label/value lines set as a two-column block without borders (e.g. the signature). */
    record Fields(List<Field> fields, Audience audience) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** A label and its value, e.g. "Member ID" / "WA1234567". */
    record Field(String label, String value) { }

    /** One language-assistance line. */
    record Tagline(String language, String text) { }
}
