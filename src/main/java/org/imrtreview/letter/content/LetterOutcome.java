package org.imrtreview.letter.content;

import java.util.List;

/**
 * The result of composing a letter: either a letter ready to render, or a letter that is
 * <em>blocked</em> because something it must state is unknown (member name or ID, request ID, …).
 * A blocked letter is never rendered with blanks: the reviewer sees the list and fills it in.
 */
public sealed interface LetterOutcome {

    record Ready(LetterContent content) implements LetterOutcome { }

    record Blocked(LetterKind kind, List<String> missing) implements LetterOutcome {
        public Blocked {
            missing = List.copyOf(missing);
        }

        /** One sentence for the CLI and the window. */
        public String message() {
            return "The " + kind.title() + " letter cannot be produced until this is filled in: "
                    + String.join("; ", missing) + ".";
        }
    }
}
