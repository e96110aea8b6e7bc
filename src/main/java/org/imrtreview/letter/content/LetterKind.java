package org.imrtreview.letter.content;

import java.util.Locale;
import org.imrtreview.model.Determination;

/** The three letters a review can end in (SPEC §6). */
public enum LetterKind {
    APPROVAL("approve", "approval", "approval"),
    REQUEST_INFO("request-info", "request-info", "request for information"),
    /** Only a physician may sign a medical-necessity denial: the workstation produces a draft. */
    DENIAL_DRAFT("deny", "denial-draft", "denial draft");

    private final String cliWord;
    private final String templateName;
    private final String title;

    LetterKind(String cliWord, String templateName, String title) {
        this.cliWord = cliWord;
        this.templateName = templateName;
        this.title = title;
    }

    /** Lower-case words for messages: "approval", "request for information", "denial draft". */
    public String title() {
        return title;
    }

    /** The word used on the command line ({@code approve}, {@code request-info}, {@code deny}). */
    public String cliWord() {
        return cliWord;
    }

    /** Base name of the template file under {@code assets/letters/}. */
    public String templateName() {
        return templateName;
    }

    /** The letter the determination recommends. */
    public static LetterKind recommendedFor(Determination determination) {
        return switch (determination) {
            case CRITERIA_MET -> APPROVAL;
            case INCOMPLETE -> REQUEST_INFO;
            case CRITERIA_NOT_MET -> DENIAL_DRAFT;
        };
    }

    /** Parses a command-line word; accepts the enum name too. */
    public static LetterKind parse(String word) {
        String w = word == null ? "" : word.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LetterKind k : values()) {
            if (k.cliWord.equals(w) || k.templateName.equals(w) || k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(w)) {
                return k;
            }
        }
        if (w.equals("denial") || w.equals("deny-draft")) {
            return DENIAL_DRAFT;
        }
        throw new IllegalArgumentException("unknown decision '" + word + "' (use approve, request-info or deny)");
    }
}
