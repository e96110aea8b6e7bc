package org.imrtreview.letter.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A composed letter as data: letterhead, date, addressees, the "RE" reference block, the body
 * blocks (member text, notices and the provider's clinical section), the footer line printed on
 * every page, and metadata (readability of the member-facing text, warnings for the reviewer).
 * {@code draftNotice} is non-null for drafts that need a physician's signature.
 */
public record LetterContent(LetterKind kind, String title, LocalDate date, String requestId,
                            Letterhead letterhead, List<Addressee> addressees, List<Block.Field> reference,
                            List<Block> body, String footer, String draftNotice, Readability readability,
                            List<String> warnings) {

    public LetterContent {
        addressees = List.copyOf(addressees);
        reference = List.copyOf(reference);
        body = List.copyOf(body);
        warnings = List.copyOf(warnings);
    }

    /** The letter date as printed, e.g. "November 26, 2026". */
    public String dateText() {
        return LetterComposer.DATE.format(date);
    }

    public boolean isDraft() {
        return draftNotice != null;
    }

    /** The English text written for the member (what readability is measured on). */
    public String memberText() {
        return text(body, Audience.MEMBER);
    }

    /** All the letter's text in reading order (for search, tests and accessibility). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        sb.append(letterhead.planName()).append('\n');
        letterhead.lines().forEach(l -> sb.append(l).append('\n'));
        if (draftNotice != null) {
            sb.append(draftNotice).append('\n');
        }
        for (Addressee a : addressees) {
            sb.append(a.role()).append('\n');
            a.lines().forEach(l -> sb.append(l).append('\n'));
        }
        reference.forEach(f -> sb.append(f.label()).append(": ").append(f.value()).append('\n'));
        sb.append(title).append('\n');
        sb.append(text(body, null));
        sb.append(footer).append('\n');
        return sb.toString();
    }

    private static String text(List<Block> blocks, Audience only) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) {
            if (only != null && b.audience() != only) {
                continue;
            }
            if (b instanceof Block.Heading h) {
                parts.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                parts.add(p.text());
            } else if (b instanceof Block.Bullets l) {
                parts.addAll(l.items());
            } else if (b instanceof Block.Table t) {
                parts.add(String.join(" | ", t.headers()));
                t.rows().forEach(r -> parts.add(String.join(" | ", r)));
            } else if (b instanceof Block.Taglines t) {
                t.taglines().forEach(tl -> parts.add(tl.language() + ": " + tl.text()));
            } else if (b instanceof Block.Fields f) {
                f.fields().forEach(fl -> parts.add(fl.label() + ": " + fl.value()));
            }
        }
        return String.join("\n", parts) + "\n";
    }
}
