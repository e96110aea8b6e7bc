package org.imrtreview.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import org.imrtreview.cache.ResultCache;
import org.imrtreview.intake.pdf.PacketPdfHandler;
import org.imrtreview.intake.pdf.PdfProgressListener;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.LoadState;
import org.imrtreview.model.ReviewCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a case folder (or a single submitted file) into a {@link ReviewCase}: every file is offered
 * to the handlers in order; the first that accepts it reads it. A file no handler takes is listed
 * as {@link DocumentKind#OTHER}. Hidden files, README.md annotations and the review-state folder are
 * skipped. Never throws for bad content; only an unreadable PATH is an exception.
 */
public final class CaseLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CaseLoader.class);
    /** Folder beside the submitted files where the workstation keeps its own state. */
    public static final String STATE_FOLDER = ".imrt-review";
    private static final int HEAD_BYTES = 8192;
    private static final int MAX_DEPTH = 4;

    /** Time a file may go without its reader making progress before it is set aside (decision 0261). */
    public static final Duration IDLE_BUDGET = Duration.ofSeconds(60);
    /** Time a file may take in all, progress or not. */
    public static final Duration TOTAL_BUDGET = Duration.ofMinutes(10);
    /** After the budget, how long a reader that was asked to stop is waited for before it is left behind. */
    private static final long STOP_GRACE_MS = 2000;
    /** Readings of files set aside but finished later that a remembering loader keeps (decision 0333). */
    private static final int LATE_READINGS = 16;

    private final List<FileHandler> handlers;
    private final ResultCache.Mode cacheMode;
    private final Duration idleBudget;
    private final Duration totalBudget;
    private final OpenedCases memory;
    /** With {@code memory}: files set aside whose readers finished later (decision 0333). */
    private final LateReadings late;

    public CaseLoader(List<FileHandler> handlers) {
        this(handlers, ResultCache.Mode.READ_WRITE, IDLE_BUDGET, TOTAL_BUDGET);
    }

    private CaseLoader(List<FileHandler> handlers, ResultCache.Mode cacheMode, Duration idleBudget, Duration totalBudget) {
        this(handlers, cacheMode, idleBudget, totalBudget, null);
    }

    private CaseLoader(List<FileHandler> handlers, ResultCache.Mode cacheMode, Duration idleBudget, Duration totalBudget,
                       OpenedCases memory) {
        this.memory = memory;
        this.late = memory == null || "false".equalsIgnoreCase(System.getProperty("imrt.keepLateReadings")) ? null
                : new LateReadings(LATE_READINGS); // -Dimrt.keepLateReadings=false: as before 0333 (to measure against)
        this.handlers = List.copyOf(handlers);
        this.cacheMode = cacheMode;
        this.idleBudget = idleBudget;
        this.totalBudget = totalBudget;
    }

    /** The same loader with other per-file time budgets (tests; a slow machine). */
    public CaseLoader withBudget(Duration idle, Duration total) {
        return new CaseLoader(handlers, cacheMode, idle, total);
    }

    /**
     * The same loader with the case's result cache used as {@code mode} says: {@code READ_ONLY} for
     * whatever must not write beside the case (snapshot), {@code OFF} to compute everything.
     */
    public CaseLoader withCache(ResultCache.Mode mode) {
        return new CaseLoader(handlers, mode, idleBudget, totalBudget);
    }

    /**
     * The same loader writing nothing at all beside the case (cached results are read, none kept):
     * for {@code snapshot}, which must leave the case exactly as it found it (decision 0263).
     */
    /**
     * The same loader remembering the last {@code cases} case folders it read in this process (the
     * window): a folder whose files have the same names and bytes again is not read again (decision 0238).
     */
    public CaseLoader remembering(int cases) {
        return new CaseLoader(handlers, cacheMode, idleBudget, totalBudget, new OpenedCases(cases));
    }

    /**
     * Remembering the last {@code cases} case folders for certain and up to {@code whileMemoryAllows} in
     * all, the older ones held softly: the collector takes them back before the heap runs short, and a
     * reading taken back is simply read again (decision 0430).
     */
    public CaseLoader remembering(int cases, int whileMemoryAllows) {
        return new CaseLoader(handlers, cacheMode, idleBudget, totalBudget, new OpenedCases(cases, whileMemoryAllows));
    }

    /**
     * What reading a case folder depends on, as one SHA-256: every file it would read (name relative to
     * the folder and the SHA-256 of its bytes) and every refused link's name, as the window's memory of
     * opened cases keys them (decision 0238). The review folder is no part of it. Null when the folder
     * cannot be listed or a file cannot be hashed. The worklist compares it with the one an evaluation
     * was made from before showing that evaluation's recommendation (decision 0246).
     */
    public static String contentKey(Path folder) {
        return keyOf(contentHashes(folder));
    }

    /**
     * The parts of {@link #contentKey}: every file it would read by its path within the folder (as the platform
     * writes it), with the SHA-256 of its bytes, and every refused link's name with "link", in the key's order.
     * Null when the folder cannot be listed or a file cannot be hashed. Kept as a case opens so that a change
     * found at a decision can say which file it was (decision 0581).
     */
    public static java.util.Map<String, String> contentHashes(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        try {
            List<String> lines = OpenedCases.fingerprint(folder, files(folder), links(folder));
            if (lines == null) {
                return null;
            }
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            for (String line : lines) {
                int cut = line.indexOf('\u0000');
                out.put(line.substring(0, cut), line.substring(cut + 1));
            }
            return out;
        } catch (UnreadablePathException e) {
            return null;
        }
    }

    /** The {@link #contentKey} of what {@link #contentHashes} found (null for null). */
    public static String keyOf(java.util.Map<String, String> hashes) {
        if (hashes == null) {
            return null;
        }
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (java.util.Map.Entry<String, String> e : hashes.entrySet()) {
                md.update((e.getKey() + "\u0000" + e.getValue()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** Lets go of every remembered reading held only softly, as the collector would when the heap runs short (tests). */
    public void letGoOfSoftlyHeld() {
        if (memory != null) {
            memory.letGoOfSoftlyHeld();
        }
    }

    /** Whether this loader remembers the cases it read (only then is reading a case ahead of time of any use). */
    public boolean remembers() {
        return memory != null;
    }

    /** Readings of files set aside that finished later and were kept so far (decision 0333; 0 without memory). */
    public long lateReadingsKept() {
        return late == null ? 0 : late.kept();
    }

    /** Times a kept late reading was used instead of reading its file again (decision 0333; 0 without memory). */
    public long lateReadingsUsed() {
        return late == null ? 0 : late.used();
    }

    public CaseLoader readOnly() {
        return withCache(ResultCache.Mode.READ_ONLY);
    }

    /** The handlers the product ships, in the order they are asked. */
    public static CaseLoader standard() {
        return standard(PdfProgressListener.NONE);
    }

    /** The shipped handlers, telling {@code pdfProgress} after each PDF page read (long fax packets). */
    public static CaseLoader standard(PdfProgressListener pdfProgress) {
        // DVH exports before the spreadsheet/CSV table handler: they are claimed by content only.
        return new CaseLoader(List.of(
                new EmptyFileHandler(),
                new RequestJsonHandler(),
                new DvhDataHandler(),
                new PacketPdfHandler(pdfProgress),
                new ImageHandler(),
                new SpreadsheetTableHandler()));
    }

    public ReviewCase load(Path path) throws UnreadablePathException {
        if (path == null || !Files.exists(path)) {
            throw new UnreadablePathException("no such file or folder: " + path);
        }
        if (!Files.isReadable(path)) {
            throw new UnreadablePathException("cannot read " + path + " (permission denied)");
        }
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        List<Path> files = files(path);
        List<Path> links = links(path);
        if (memory == null || !Files.isDirectory(path)) {
            return read(path, folder, files, links).build();
        }
        Path key = path.toAbsolutePath().normalize();
        List<String> before = OpenedCases.fingerprint(path, files, links);
        ReviewCase remembered = before == null ? null : memory.get(key, before);
        if (remembered != null) {
            LOG.debug("case files unchanged since they were read: not read again");
            return remembered;
        }
        CaseBuilder builder = read(path, folder, files, links);
        ReviewCase read = builder.build();
        // kept only when nothing may be partial and the files did not change while they were read
        if (before != null && !builder.isMaybePartial() && !Thread.currentThread().isInterrupted()
                && before.equals(OpenedCases.fingerprint(path, files(path), links(path)))) {
            memory.put(key, before, read);
        }
        return read;
    }

    private CaseBuilder read(Path path, Path folder, List<Path> files, List<Path> links) {
        CaseBuilder builder = new CaseBuilder(folder, cacheMode);
        for (Path link : links) {
            refuseLink(link, folder, builder);
        }
        for (Path file : files) {
            if (Thread.currentThread().isInterrupted()) {
                builder.problem(builder.name(file), "was not read: opening the case was cancelled");
                continue;
            }
            if (isOwnRequest(path, file)) {
                builder.claimRequest(builder.name(file));
            }
            readOne(file, builder);
        }
        return builder;
    }

    /** The case folder's own {@code request.json} (top level, any case): it is the case's request. */
    private static boolean isOwnRequest(Path root, Path file) {
        return Files.isDirectory(root) && root.equals(file.getParent())
                && file.getFileName().toString().equalsIgnoreCase("request.json");
    }

    /**
     * Symbolic links in the case folder are never followed (SPEC §4): one pointing out of the folder
     * could bring in another member's file or a system file, and one pointing inside would read a file
     * twice. Each is listed as a problem naming the link.
     */
    private static void refuseLink(Path link, Path folder, CaseBuilder builder) {
        String name = builder.name(link);
        String message;
        try {
            Path target = link.toRealPath();
            Path root = folder.toRealPath();
            message = target.startsWith(root)
                    ? "is a link to another file in the case folder; links are not followed (the file it points to is read under its own name)"
                    : "is a link to a file outside the case folder; it was not read (links out of the case folder are never followed)";
        } catch (IOException | SecurityException e) {
            message = "is a link to a file that does not exist or cannot be reached; it was not read";
        }
        builder.problem(name, message);
        builder.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE,
                "link not followed"));
    }

    private static List<Path> links(Path path) throws UnreadablePathException {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try {
            return walked(path).stream().filter(e -> e.attributes().isSymbolicLink())
                    .map(org.imrtreview.files.FolderWalk.Entry::path).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadablePathException("cannot list folder " + path + ": " + e.getMessage());
        }
    }

    /**
     * What is under a case folder, hidden and state folders not entered: an entry gone between being listed and
     * being looked at (her work saved meanwhile) is left out, not an unreadable folder (decision 0610).
     */
    private static List<org.imrtreview.files.FolderWalk.Entry> walked(Path path) throws IOException {
        return org.imrtreview.files.FolderWalk.entries(path, MAX_DEPTH, CaseLoader::isHiddenOrState).stream()
                .filter(e -> !isHiddenOrState(path.relativize(e.path()))).toList();
    }

    private static List<Path> files(Path path) throws UnreadablePathException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            List<Path> files = new ArrayList<>();
            walked(path).stream().filter(e -> e.attributes().isRegularFile())
                    .map(org.imrtreview.files.FolderWalk.Entry::path)
                    .sorted(java.util.Comparator.comparing((Path p) -> !isOwnRequest(path, p)).thenComparing(p -> p))
                    .forEach(files::add);
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadablePathException("cannot list folder " + path + ": " + e.getMessage());
        }
    }

    private static boolean isHiddenOrState(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals(STATE_FOLDER) || name.startsWith("~$") || isCaseAnnotation(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code README.md} beside the submission is a reviewer's or demo annotation (every bundled
     * sample has one), never something a provider submits: it is not listed as a document.
     */
    private static boolean isCaseAnnotation(String name) {
        return name.equalsIgnoreCase("README.md");
    }

    private void readOne(Path file, CaseBuilder builder) {
        String name = builder.name(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            builder.problem(name, "could not be opened (" + e.getClass().getSimpleName() + ")");
            builder.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE,
                    "could not be opened"));
            return;
        }
        String fileName = file.getFileName().toString();
        for (FileHandler handler : handlers) {
            if (handler.accepts(fileName, head)) {
                readWithinBudget(handler, file, name, builder);
                return;
            }
        }
        String ext = ContentType.extension(fileName);
        if (SUBMISSION_EXTENSIONS.contains(ext)) {
            // named like evidence but not readable as it: say so, never list it silently (SPEC §7)
            int nul = indexOfNul(head);
            String why = nul >= 0 ? "holds binary bytes (a NUL byte at position " + (nul + 1) + ") where text is expected"
                    : "does not hold what its name says";
            // it may be the very file that decides (a DVH export, the table, a DVH picture): until it is read or
            // the nurse has looked at it, the case is not approvable (fail closed, decision 0132; a fuzzed
            // Eclipse export with one NUL byte was dropped and the table's verdict stood against its curves)
            builder.problem(name, "is named ." + ext + " but " + why + "; it could not be read, so what it holds cannot "
                    + "be checked — ask for a clean copy", org.imrtreview.model.ProblemCode.EVIDENCE_DAMAGED);
            builder.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE,
                    "damaged or mislabelled ." + ext + " file"));
            return;
        }
        builder.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.LOADED,
                "not a recognised submission file"));
    }

    /**
     * Runs {@code handler} on its own thread into a {@link CaseBuilder#part() part} and waits: the part
     * joins the case when the file is read in time. A file whose reader makes no progress for the idle
     * budget, or runs past the total budget, is set aside — the reader is asked to stop (interrupted)
     * and whatever it still does is never added — with a finding naming the file that makes the case
     * INCOMPLETE (decision 0261): the one file never hangs the case or the window.
     */
    private void readWithinBudget(FileHandler handler, Path file, String name, CaseBuilder builder) {
        LateReadings.Key key = null;
        if (late != null) {
            String hash = ResultCache.sha256(file);
            if (hash != null) {
                key = new LateReadings.Key(file.toAbsolutePath().normalize(), hash, handler.getClass().getName());
                CaseBuilder done = late.get(key);
                if (done != null) { // set aside earlier, finished in full since: the same bytes, the same reading
                    builder.absorb(done);
                    return;
                }
            }
        }
        CaseBuilder part = builder.part();
        // 0 reading, 1 read within the budget, 2 set aside while reading (decision 0333)
        java.util.concurrent.atomic.AtomicInteger outcome = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        LateReadings.Key lateKey = key;
        Thread reader = new Thread(() -> {
            try {
                handler.read(file, part);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                failed.set(true);
                LOG.warn("handler {} failed on a file: {}", handler.getClass().getSimpleName(), e.getClass().getSimpleName());
                part.problem(name, "could not be read: " + describe(e));
                part.mayBePartial();
                part.document(new Document(name, DocumentKind.OTHER, null, null, null,
                        LoadState.UNREADABLE, "could not be read"));
            }
            if (!outcome.compareAndSet(0, 1) && lateKey != null) {
                keepLate(lateKey, part, failed.get() || stopped.get());
            }
        }, "case-file-reader");
        reader.setDaemon(true);
        AtomicLong lastProgress = ReadProgress.watch(reader);
        long start = System.nanoTime();
        reader.start();
        String why = null;
        boolean cancelled = false;
        try {
            while (reader.isAlive()) {
                long now = System.nanoTime();
                long idleLeft = idleBudget.toNanos() - (now - lastProgress.get());
                long totalLeft = totalBudget.toNanos() - (now - start);
                if (idleLeft <= 0 || totalLeft <= 0) {
                    why = idleLeft <= 0 ? "its reading made no progress for " + words(idleBudget)
                            : "its reading took longer than " + words(totalBudget);
                    break;
                }
                reader.join(Math.max(1, Math.min(Math.min(idleLeft, totalLeft) / 1_000_000, 500)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // opening the case was cancelled: stop this file too
            why = "opening the case was cancelled while it was read";
            cancelled = true;
        } finally {
            ReadProgress.unwatch(reader);
        }
        if (why == null || !outcome.compareAndSet(0, 2)) { // read in time (also: it finished just as its time ran out)
            builder.absorb(part);
            return;
        }
        if (lateKey != null && !cancelled) {
            // a remembering loader lets the reader go on, quietly, and keeps what it finishes (decision 0333);
            // a reader that never finishes is asked to stop once a whole budget more has passed
            reader.setPriority(Thread.MIN_PRIORITY);
            java.lang.ref.WeakReference<Thread> lateReader = new java.lang.ref.WeakReference<>(reader);
            LATE_STOP.schedule(() -> {
                Thread t = lateReader.get();
                if (t != null && t.isAlive()) {
                    stopped.set(true); // whatever it still finishes is not kept
                    t.interrupt();
                }
            }, totalBudget.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } else {
            reader.interrupt();
            try {
                reader.join(STOP_GRACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.warn("a file was set aside after its time budget ({})", handler.getClass().getSimpleName());
        builder.mayBePartial();
        builder.problem(name, "was set aside: " + why + ", so it was not used. The case cannot be decided without "
                + "checking it — open it with the program that made it, or ask the provider for a clean copy",
                org.imrtreview.model.ProblemCode.EVIDENCE_DAMAGED);
        builder.document(new Document(name, DocumentKind.OTHER, null, null, null, LoadState.UNREADABLE,
                "set aside: reading took too long"));
    }

    /** Stops late readers that never finish (one daemon thread for the process). */
    private static final java.util.concurrent.ScheduledExecutorService LATE_STOP =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "late-reader-stop");
                t.setDaemon(true);
                return t;
            });

    /** Keeps a set-aside file's reading that finished in full, its bytes unchanged (decision 0333). */
    private void keepLate(LateReadings.Key key, CaseBuilder part, boolean failedOrStopped) {
        if (failedOrStopped || part.isMaybePartial() || Thread.currentThread().isInterrupted()
                || !key.sha256().equals(ResultCache.sha256(key.file()))) {
            return;
        }
        late.put(key, part);
        LOG.info("a file set aside earlier was read in full since; its reading is kept for the next opening");
    }

    private static String words(Duration d) {
        long s = d.toSeconds();
        return s >= 120 && s % 60 == 0 ? s / 60 + " minutes" : s >= 1 ? s + " seconds" : d.toMillis() + " ms";
    }

    private static final java.util.Set<String> SUBMISSION_EXTENSIONS = java.util.Set.of("csv", "tsv", "txt", "xlsx",
            "xlsm", "xls", "pdf", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif", "dcm");

    private static int indexOfNul(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A sentence for the nurse. A library's own message is never shown: it may quote the file's content
     * (a cell, a name) and it means nothing to a nurse.
     */
    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the file is too large to read";
        }
        if (e instanceof StackOverflowError) {
            return "the file's structure is nested too deeply to read (damaged or hostile)";
        }
        return "unexpected content (" + e.getClass().getSimpleName() + ")";
    }
}
