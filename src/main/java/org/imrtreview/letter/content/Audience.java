package org.imrtreview.letter.content;

/** Who a block of the letter is written for; readability is measured on {@link #MEMBER} text only. */
public enum Audience {
    /** Plain-language text the member reads (English). */
    MEMBER,
    /** The clinical section for the requesting and treating provider. */
    PROVIDER,
    /** Fixed notices (language taglines in other languages, addresses) not scored for readability. */
    NOTICE
}
