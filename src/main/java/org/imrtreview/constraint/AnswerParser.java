package org.imrtreview.constraint;

import java.util.Locale;
import java.util.regex.Pattern;
import org.imrtreview.model.Answer;

/**
 * Reads the provider's answer to "Can the constraint only be met with IMRT?": Yes/Y/True/✓,
 * No/N/False/✗, with or without the policy's explanations ("Yes (only IMRT meets constraint)",
 * "No (both meet constraint)"). An answer whose word and explanation disagree ("Yes (both meet)"),
 * a bare "x" (a tick for some, a cross for others) or "Y/N" is unreadable: null, never guessed.
 */
public final class AnswerParser {

    private static final Pattern YES = Pattern.compile(
            "(?:yes|y|true|t|ja|si|sí|oui|✓|✔|☑|✅)(?![a-z]).*|only (?:with |by |through )?imrt.*|imrt only.*");
    private static final Pattern NO = Pattern.compile("(?:no|n|false|f|not|nein|✗|✘|☒|❌)(?![a-z]).*");
    private static final Pattern SAYS_YES = Pattern.compile("only (?:the )?imrt|imrt only|only (?:with|by|through) imrt"
            + "|only achievable with imrt|3d (?:does not|doesn't|fails)");
    private static final Pattern SAYS_NO = Pattern.compile("both (?:plans )?meet|neither|both plans|3d (?:also )?meets"
            + "|not needed|imrt (?:does not|doesn't|fails)|none meet");
    private static final Pattern AMBIGUOUS = Pattern.compile("y\\s*/\\s*n|yes\\s*/\\s*no|x|\\?+");

    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\"'*(\\[-]+");

    private static final Pattern NOT_APPLICABLE = Pattern.compile("n/?a|n\\.a\\.?|[-–—]+|not applicable|not available|none|tbd|pending");

    /** Only the start of a long answer is read: the yes/no and its explanation come first. */
    private static final int MAX_LENGTH = 300;

    private AnswerParser() {
    }

    /** YES, NO, or null when blank or unreadable. */
    public static Answer parse(String text) {
        if (isBlank(text)) {
            return null;
        }
        String t = (text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text).toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        t = LEADING_MARKS.matcher(t).replaceFirst("").trim();
        if (AMBIGUOUS.matcher(t).matches()) {
            return null;
        }
        boolean explainsYes = SAYS_YES.matcher(t).find();
        boolean explainsNo = SAYS_NO.matcher(t).find();
        if (NO.matcher(t).matches()) {
            return explainsYes && !explainsNo ? null : Answer.NO;
        }
        if (YES.matcher(t).matches()) {
            return explainsNo ? null : Answer.YES;
        }
        if (explainsYes != explainsNo) {
            return explainsYes ? Answer.YES : Answer.NO;
        }
        return null;
    }

    /** True for an empty cell or a "not applicable" mark. */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() || NOT_APPLICABLE.matcher(t).matches();
    }
}
