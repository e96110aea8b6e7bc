package org.imrtreview;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imrtreview.cache.ProgramBuild;

/**
 * Application class-data sharing (AppCDS) for {@code java -jar imrt-review.jar}: the launcher runs
 * the program in a child JVM started with a class archive of this jar and this JDK, kept in
 * {@code ~/.cache/imrt-review/cds/} (made by the first run, as it exits). Classes then load from the
 * archive instead of being parsed and verified again: the window and every command start sooner.
 * Automatic and silent: {@code IMRT_CDS=false} turns it off, and anything unusual (no jar, no
 * {@code bin/java} in the runtime, CDS options already given, a folder that cannot be written, a child
 * that cannot be started) runs the program in this JVM as before. An archive half-written by a killed
 * run is a {@code .part} file that is removed, never used. Decision 0232. The archive holds class
 * metadata only, no member data.
 */
final class ClassDataSharing {
    static final String CHILD_PROPERTY = "imrt.cds.child";
    /** For commands: C1 only, no C2 (decision 0234). */
    static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * For commands: a small heap that grows only as far as the live data needs (decision 0236). The JDK's
     * default on a 24 GiB machine starts G1 at 384 MiB, of which a cold {@code evaluate} touched about
     * 250 MiB for about 35 MiB of live data. It starts at 32 MiB, not 16 (decision 0537): a case's live data
     * passes 16 MiB within a second, and each step of growing there was a full collection (7 of them in a
     * cold {@code evaluate} of sample 01's PDF-table case, 3 from 32 MiB), for 0–3 MiB of peak memory.
     */
    static final List<String> SMALL_HEAP = List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");
    private static final Duration STALE_PART = Duration.ofMinutes(30);
    /** Another build's or JDK's archive written this long ago is removed (decision 0433). */
    static final Duration STALE_ARCHIVE = Duration.ofDays(30);

    private ClassDataSharing() {
    }

    /**
     * Runs the program in a child JVM with the archive; its exit code, or -1 when it ran nothing.
     * {@code window}: the arguments open the window (a long session), else a command (a short run).
     */
    static int relaunch(String[] args, boolean window) {
        Path jar = ProgramBuild.jar();
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Path javaBin = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        if (!wanted(System.getenv(), System.getProperty(CHILD_PROPERTY), jar, jvmArgs) || !Files.isExecutable(javaBin)) {
            return -1;
        }
        Path dir = folder(System.getenv(), System.getProperty("user.home"));
        String build = ProgramBuild.stamp();
        String vm = System.getProperty("java.vm.version");
        String home = System.getProperty("java.home");
        try {
            Files.createDirectories(dir);
            removeStale(dir, Instant.now(), java.util.Set.of(archiveName(build, vm, home, true), archiveName(build, vm, home, false)));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Path archive = dir.resolve(archiveName(build, vm, home, window));
        Path part = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        boolean creating = !Files.isRegularFile(archive);
        List<String> command = command(javaBin, jvmArgs, jar, creating ? null : archive, creating ? part : null, window, args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Thread stop = new Thread(new Runnable() { // no lambda: none is bootstrapped in the launcher's JVM (0432)
            @Override
            public void run() {
                child.destroy();
            }
        }, "stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            code = 1;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // already exiting
        }
        if (creating) {
            finish(part, archive);
        }
        return code;
    }

    /** Whether to relaunch: not turned off, not already the child, from a jar, no CDS options given by hand. */
    static boolean wanted(Map<String, String> env, String childProperty, Path jar, List<String> jvmArgs) {
        if ("false".equalsIgnoreCase(env.getOrDefault("IMRT_CDS", "")) || childProperty != null || jar == null) {
            return false;
        }
        // plain loops, no streams or lambdas, in the launcher's JVM (decision 0432)
        for (String a : jvmArgs) {
            if (a.startsWith("-Xshare") || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.startsWith("-XX:+AutoCreateSharedArchive") || a.startsWith("-agentlib:jdwp")) {
                return false;
            }
        }
        return true;
    }

    /** {@code $XDG_CACHE_HOME/imrt-review/cds}, else {@code ~/.cache/imrt-review/cds}. */
    static Path folder(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("imrt-review").resolve("cds");
    }

    /**
     * One archive per build of the jar, per JDK and per kind of run: another jar or JDK never meets it,
     * and the window's archive holds the JavaFX classes a command never loads (decision 0235: with one
     * archive, whichever ran first — often a command — decided what the window found in it).
     */
    static String archiveName(String build, String vmVersion, String javaHome, boolean window) {
        // two 64-bit FNV-1a hashes, not SHA-256: the first MessageDigest of a JVM sets up the security
        // providers, about 27 ms of the launcher's CPU on every run (decision 0432). Not a security check:
        // the JVM itself refuses an archive that does not match the jar it runs.
        byte[] bytes = (build + "|" + vmVersion + "|" + javaHome).getBytes(StandardCharsets.UTF_8);
        return "imrt-review-" + hex(fnv1a(bytes, 0xcbf29ce484222325L), 16) + hex(fnv1a(bytes, 0x84222325cbf29ce4L) >>> 32, 8)
                + (window ? "-window" : "-command") + ".jsa";
    }

    /** The low {@code digits} hex digits of {@code v}, zero-padded (no Formatter in the launcher's JVM). */
    private static String hex(long v, int digits) {
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--, v >>>= 4) {
            out[i] = Character.forDigit((int) (v & 0xf), 16);
        }
        return new String(out);
    }

    private static long fnv1a(byte[] bytes, long basis) {
        long h = basis;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * The child's command line: this JVM's options, the archive to use or to write, the same jar and
     * arguments. A command (not the window) is compiled by the quick compiler only (decision 0234): a
     * cold {@code evaluate} spent about half its CPU time in the optimising compiler for code that ran
     * a few seconds at most; options given by hand about the compiler are kept as they are. A command
     * also gets a small serial heap that grows with its live data (decision 0236), unless a heap or
     * collector option was given by hand.
     */
    static List<String> command(Path java, List<String> jvmArgs, Path jar, Path useArchive, Path writePart,
                                boolean window, String[] args) {
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.addAll(jvmArgs);
        boolean compilerGiven = false;
        boolean heapGiven = false;
        for (String a : jvmArgs) {
            compilerGiven |= a.startsWith("-XX:TieredStopAtLevel") || a.contains("TieredCompilation");
            heapGiven |= aboutHeapOrCollector(a);
        }
        if (!window && !compilerGiven) {
            c.add(QUICK_COMPILER_ONLY);
        }
        if (!window && !heapGiven) {
            c.addAll(SMALL_HEAP);
        }
        c.add("-D" + CHILD_PROPERTY + "=true");
        c.add("-Xshare:auto");
        // the JVM's own CDS notices (an archive it cannot map, classes it skips) never reach the output
        c.add("-Xlog:disable");
        c.add("-Xlog:all=error:stderr");
        if (useArchive != null) {
            c.add("-XX:SharedArchiveFile=" + useArchive);
        } else {
            c.add("-XX:ArchiveClassesAtExit=" + writePart);
        }
        c.add("-cp");
        c.add(jar.toString());
        c.add(Launcher.class.getName());
        c.addAll(List.of(args));
        return c;
    }

    /**
     * An option given by hand about the heap's size or the collector: then none of {@link #SMALL_HEAP} is
     * added, so what was given is what runs (and a {@code -Xmx} smaller than 32 MiB never meets our
     * {@code -Xms}).
     */
    static boolean aboutHeapOrCollector(String jvmArg) {
        return jvmArg.startsWith("-Xms") || jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-Xmn")
                || jvmArg.matches("-XX:[+-]Use\\w*GC") || jvmArg.contains("HeapSize") || jvmArg.contains("HeapFreeRatio")
                || jvmArg.contains("RAMPercentage") || jvmArg.contains("RAMFraction") || jvmArg.startsWith("-XX:MaxRAM")
                || jvmArg.contains("NewSize") || jvmArg.contains("NewRatio");
    }

    /** The archive written at the child's exit becomes the archive; an empty or missing one is dropped. */
    static void finish(Path part, Path archive) {
        try {
            if (Files.isRegularFile(part) && Files.size(part) > 0 && !Files.exists(archive)) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // another run made it first, or the folder is not writable: no archive this time
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // removed by the next run
            }
        }
    }

    /**
     * Archives half-written by a run that was killed (older than half an hour) are removed, and so are the
     * archives of other builds or JDKs written more than {@link #STALE_ARCHIVE} ago (decision 0433: each new
     * jar writes its own, about 25–60 MiB, and nothing else ever removed the old ones). {@code own}: this
     * build's archive names, never removed. An archive removed while an older install still runs is
     * written again by its next run.
     */
    static void removeStale(Path dir, Instant now, java.util.Set<String> own) throws IOException {
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                Duration age;
                if (name.endsWith(".part")) {
                    age = STALE_PART;
                } else if (name.startsWith("imrt-review-") && name.endsWith(".jsa") && !own.contains(name)) {
                    age = STALE_ARCHIVE;
                } else {
                    continue;
                }
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(age))) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // someone else's, in use, or gone already
                }
            }
        }
    }

}
