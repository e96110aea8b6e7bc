package org.imrtreview.model;

/**
 * A submitted file, or one logical document inside a PDF packet ({@code pages} like "3-4", null for
 * a whole file). {@code plan} and {@code color} apply to DVH images (null otherwise); {@code note}
 * is a human sentence about how it was recognised or what went wrong.
 */
public record Document(String file, DocumentKind kind, PlanKind plan, Boolean color, String pages,
                       LoadState state, String note) {

    public static Document of(String file, DocumentKind kind) {
        return new Document(file, kind, null, null, null, LoadState.LOADED, null);
    }

    public Document withKind(DocumentKind newKind) {
        return new Document(file, newKind, plan, color, pages, state, note);
    }
}
