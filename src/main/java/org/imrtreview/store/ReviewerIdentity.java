package org.imrtreview.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import org.imrtreview.model.Credentials;

/**
 * Who did something, as recorded in the case: the name and credentials she gave the workstation and
 * her role. The OS account is recorded beside it in the audit trail; this is the person a letter or an
 * auditor names.
 */
public record ReviewerIdentity(String name, String credentials, ReviewerRole role) {

    public ReviewerIdentity {
        name = clean(name);
        credentials = clean(credentials);
        Objects.requireNonNull(role, "role");
    }

    /** {@code "Helen Vance, MD, Radiation Oncology"}: before the first comma the name, after it the credentials. */
    public static ReviewerIdentity parse(String text, ReviewerRole role) {
        if (text == null) {
            return new ReviewerIdentity(null, null, role);
        }
        int comma = text.indexOf(',');
        return comma < 0 ? new ReviewerIdentity(text, null, role)
                : new ReviewerIdentity(text.substring(0, comma), text.substring(comma + 1), role);
    }

    /** "Name, MD" — the name alone when no credentials were given. */
    @JsonIgnore
    public String signature() {
        return credentials == null ? String.valueOf(name) : name + ", " + credentials;
    }

    @JsonIgnore
    public boolean named() {
        return name != null;
    }

    /** Whether the credentials name a physician (MD, DO): a physician reviewer must have them. */
    @JsonIgnore
    public boolean hasPhysicianCredentials() {
        return Credentials.namePhysician(credentials);
    }

    /**
     * Why this identity cannot act as a physician reviewer, or null when it can: the role must be
     * physician, and the credentials must say so (a role alone is a setting anyone can pick).
     */
    @JsonIgnore
    public String physicianProblem() {
        if (!named()) {
            return "Say who you are first (Tools ▸ Who is using this workstation): your name and credentials.";
        }
        if (role != ReviewerRole.PHYSICIAN) {
            return "Only a physician reviewer may uphold, overturn or ask for a peer-to-peer talk; " + signature()
                    + " is set up as " + withArticle(role.title()) + ". A nurse never denies a request: she refers it.";
        }
        if (!hasPhysicianCredentials()) {
            return "A physician reviewer's credentials must name a physician (MD or DO); \"" + signature()
                    + "\" does not.";
        }
        return null;
    }

    /** "a UR nurse", "an auditor". */
    private static String withArticle(String title) {
        String t = title.startsWith("UR") ? title : title.toLowerCase(java.util.Locale.ROOT);
        return (t.startsWith("a") ? "an " : "a ") + t;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
