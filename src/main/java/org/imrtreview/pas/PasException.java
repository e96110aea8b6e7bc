package org.imrtreview.pas;

import java.util.List;

/** A bundle that cannot become a case; {@link #problems()} are sentences for the nurse. */
public final class PasException extends Exception {

    private final List<String> problems;

    public PasException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public PasException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
