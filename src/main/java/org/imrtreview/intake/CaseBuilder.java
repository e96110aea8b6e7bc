package org.imrtreview.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryTable;

/**
 * Collects what the {@link FileHandler}s read from a case folder. Several files may hold a table
 * (a spreadsheet and a PDF export of it): all candidates are kept and the best one is chosen at
 * {@link #build()} (most required columns, then most rows, then first seen).
 */
public final class CaseBuilder {
    private final Path folder;
    private Request request;
    private String requestFile;
    private final List<IdentityClaim> identities = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<SummaryTable> tables = new ArrayList<>();
    /** Tables of a file's other sheets: compared with the table evaluated, never evaluated (decision 0404). */
    private final List<SummaryTable> otherTables = new ArrayList<>();
    private final List<DvhCurve> curves = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final boolean readOnly;

    private final org.imrtreview.cache.ResultCache cache;
    /** Non-null for a part (one file's reading, see {@link #part()}): the requests it found, in order. */
    private final List<RequestCall> requestCalls;
    private boolean mayBePartial;

    private record RequestCall(String file, Request request) { }

    public CaseBuilder(Path folder) {
        this(folder, org.imrtreview.cache.ResultCache.Mode.READ_WRITE);
    }

    /** {@code readOnly}: nothing may be written beside the case while reading it (no cache entries; decision 0263). */
    public CaseBuilder(Path folder, boolean readOnly) {
        this(folder, readOnly ? org.imrtreview.cache.ResultCache.Mode.READ_ONLY : org.imrtreview.cache.ResultCache.Mode.READ_WRITE);
    }

    /** A builder whose slow results (digitised curves, OCR) are cached beside the case as {@code cacheMode} allows. */
    public CaseBuilder(Path folder, org.imrtreview.cache.ResultCache.Mode cacheMode) {
        this.folder = folder;
        this.readOnly = cacheMode != org.imrtreview.cache.ResultCache.Mode.READ_WRITE;
        this.cache = org.imrtreview.cache.ResultCache.forCase(folder, CaseLoader.STATE_FOLDER, cacheMode);
        this.requestCalls = null;
    }

    private CaseBuilder(CaseBuilder whole) {
        this.folder = whole.folder;
        this.readOnly = whole.readOnly;
        this.cache = whole.cache;
        this.requestCalls = new ArrayList<>();
    }

    /**
     * A builder for one file's reading: what it collects joins this case only through {@link #absorb},
     * when the file was read within its time budget (decision 0261) — a file set aside half-read adds
     * nothing, however long its reader keeps running.
     */
    public CaseBuilder part() {
        return new CaseBuilder(this);
    }

    /** Adds what {@code part} collected, as if it had been added here (requests by the one-request rule). */
    public synchronized void absorb(CaseBuilder part) {
        synchronized (part) {
            for (RequestCall call : part.requestCalls) {
                request(call.file(), call.request());
            }
            identities.addAll(part.identities);
            documents.addAll(part.documents);
            tables.addAll(part.tables);
            otherTables.addAll(part.otherTables);
            curves.addAll(part.curves);
            problems.addAll(part.problems);
            mayBePartial |= part.mayBePartial;
        }
    }

    /**
     * Marks this reading as possibly partial or passing (a result made near its time budget, a file set
     * aside, an unexpected failure): the loader's memory of opened cases does not keep it (decision 0238).
     */
    public synchronized void mayBePartial() {
        mayBePartial = true;
    }

    synchronized boolean isMaybePartial() {
        return mayBePartial;
    }

    /** True when reading this case may keep results beside it (the result cache). */
    public boolean mayWriteBesideCase() {
        return !readOnly;
    }

    public Path folder() {
        return folder;
    }

    /** The case's cache of slow results (decision 0230). */
    public org.imrtreview.cache.ResultCache cache() {
        return cache;
    }

    /** File name relative to the case folder, as shown to the nurse. */
    public String name(Path file) {
        try {
            return folder.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.getFileName().toString();
        }
    }

    public synchronized CaseBuilder request(Request r) {
        return request(null, r);
    }

    /**
     * The case's request, read from {@code file}. One request per case: a second one never replaces
     * the first (the loader offers the case folder's own {@code request.json} first); it becomes a
     * {@link ProblemCode#SECOND_REQUEST} finding that holds every letter until the nurse resolves it.
     */
    public synchronized CaseBuilder request(String file, Request r) {
        if (requestCalls != null) {
            requestCalls.add(new RequestCall(file, r));
            return this;
        }
        if (request == null && (requestFile == null || requestFile.equals(file))) {
            this.request = r;
            this.requestFile = file;
            return this;
        }
        problems.add(new Problem(file, "looks like a second request; only "
                + (requestFile == null ? "the first request" : requestFile) + " was read as the request. Check which "
                + "request this submission belongs to; no letter can be made until it is resolved",
                ProblemCode.SECOND_REQUEST));
        if (r != null && r.member() != null) {
            Request.Member m = r.member();
            identities.add(new IdentityClaim(file, "second request", m.name(), m.id(), m.dateOfBirth()));
        }
        return this;
    }

    /**
     * Marks {@code file} (the case folder's own {@code request.json}) as the case's request before it
     * is read, so that even when it cannot be read no other request-like file takes its place.
     */
    public synchronized CaseBuilder claimRequest(String file) {
        if (requestFile == null) {
            requestFile = file;
        }
        return this;
    }

    /** Who a file says it is about (checked against the request when the case is evaluated). */
    public synchronized CaseBuilder identities(List<IdentityClaim> claims) {
        for (IdentityClaim c : claims) {
            if (c != null && !c.isEmpty()) {
                identities.add(c);
            }
        }
        return this;
    }

    public synchronized CaseBuilder document(Document d) {
        documents.add(d);
        return this;
    }

    public synchronized CaseBuilder table(SummaryTable t) {
        tables.add(t);
        return this;
    }

    public synchronized CaseBuilder curves(List<DvhCurve> c) {
        curves.addAll(c);
        return this;
    }

    public synchronized CaseBuilder problem(String file, String message) {
        problems.add(new Problem(file, message));
        return this;
    }

    public synchronized CaseBuilder problem(Problem p) {
        problems.add(p);
        return this;
    }

    /** A problem that blocks a decision until the nurse resolves it (see {@link ProblemCode}). */
    public synchronized CaseBuilder problem(String file, String message, ProblemCode code) {
        problems.add(new Problem(file, message, code));
        return this;
    }

    /** A table found beside a file's best table (another sheet): only compared with the table evaluated. */
    public synchronized CaseBuilder otherTable(SummaryTable t) {
        otherTables.add(t);
        return this;
    }

    public synchronized List<SummaryTable> tables() {
        return List.copyOf(tables);
    }

    public synchronized List<Document> documents() {
        return List.copyOf(documents);
    }

    public synchronized ReviewCase build() {
        SummaryTable best = null;
        for (SummaryTable t : tables) {
            if (best == null || score(t) > score(best)) {
                best = t;
            }
        }
        List<Problem> all = new ArrayList<>();
        for (Problem p : problems) {
            all.add(ofAnotherRequestFile(p) ? new Problem(p.file(), p.message()) : p);
        }
        List<SummaryTable> compared = new ArrayList<>(tables);
        compared.addAll(otherTables);
        for (SummaryTable t : compared) {
            if (t != best && best != null) {
                disagreement(t, best).ifPresent(all::add);
            }
        }
        // an export named as a plan whose data no export of the case holds (decision 0643)
        all.addAll(DvhDataHandler.namedForMissingPlans(documents, curves));
        List<Document> docs = SamePictures.apart(folder, documents, curves, all);
        return new ReviewCase(folder, request, docs, best, curves, all, identities);
    }

    /**
     * An unreadable field of a request-like file that is not the case's request (a second request, itself a finding
     * that holds the case) is a note: only the request read holds the case until its fields are known (decision 0570).
     */
    private boolean ofAnotherRequestFile(Problem p) {
        return p.code() == ProblemCode.REQUEST_UNREADABLE && requestFile != null && !requestFile.equals(p.file());
    }

    /**
     * A second summary table that gives other numbers for the same organs than the table evaluated: the
     * verdict would rest on which file won the choice, so the case waits for the provider to say which is
     * current (decision 0402). The same table twice (a workbook and its PDF print) is no finding.
     */
    private static java.util.Optional<Problem> disagreement(SummaryTable other, SummaryTable evaluated) {
        List<String> differences = TableAgreement.differences(other, evaluated);
        if (differences.isEmpty()) {
            return java.util.Optional.empty();
        }
        String shown = String.join("; ", differences.subList(0, Math.min(TableAgreement.SHOWN, differences.size())))
                + (differences.size() > TableAgreement.SHOWN ? "; and " + (differences.size() - TableAgreement.SHOWN) + " more" : "");
        String where = other.file().equals(evaluated.file())
                ? "holds a second summary table (" + other.location() + ") that gives different values or constraints from the one evaluated ("
                        + evaluated.location() + ")"
                : "holds a summary table that gives different values or constraints from the one evaluated (" + evaluated.file() + ")";
        return java.util.Optional.of(new Problem(other.file(), where + ": " + shown + " (\"here\" is " + (other.file().equals(evaluated.file()) ? "the second table" : "this file")
                + ", \"there\" the table evaluated). Ask the provider which table is current; the case cannot be decided until it is"
                + " resolved", ProblemCode.TABLES_DISAGREE));
    }

    private static long score(SummaryTable t) {
        return t.columnsFound().size() * 1_000_000L + t.rows().size();
    }
}
