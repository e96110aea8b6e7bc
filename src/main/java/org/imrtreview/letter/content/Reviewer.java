package org.imrtreview.letter.content;

/**
 * A person named in a letter: the nurse who reviewed it, or the physician who decides a denial.
 * {@code phone} may be null for a nurse (the plan's number is used instead).
 */
public record Reviewer(String name, String credentials, String phone) {

    public Reviewer {
        name = clean(name);
        credentials = clean(credentials);
        phone = clean(phone);
    }

    /**
     * Parses {@code "Name, RN"} or {@code "Name, MD, FACR"}: the text before the first comma is the
     * name, the rest the credentials. Returns a reviewer with null credentials when none are given.
     */
    public static Reviewer parse(String text, String phone) {
        if (text == null || text.isBlank()) {
            return new Reviewer(null, null, phone);
        }
        int comma = text.indexOf(',');
        if (comma < 0) {
            return new Reviewer(text, null, phone);
        }
        return new Reviewer(text.substring(0, comma), text.substring(comma + 1), phone);
    }

    /** True when the credentials name a physician (MD, DO), who alone may sign a denial. */
    public boolean isPhysician() {
        return org.imrtreview.model.Credentials.namePhysician(credentials);
    }

    public boolean named() {
        return name != null;
    }

    /** "Name, RN" — or just the name when no credentials are known. */
    public String signature() {
        return credentials == null ? String.valueOf(name) : name + ", " + credentials;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
