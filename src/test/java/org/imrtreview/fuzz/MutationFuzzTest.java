package org.imrtreview.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.imrtreview.cli.Cli;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.RowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation campaign over the bundled samples (SPEC §4 "Fail closed", §7 "Bad input"): each
 * mutant is a sample case with one file damaged — bits flipped, cut off, a block zeroed or repeated, a
 * NUL written — and must
 * <ol>
 *   <li>load and evaluate without an exception, within {@link #BUDGET_SECONDS} and without running out
 *       of memory;</li>
 *   <li>never be <em>criteria met</em> when the undamaged case is not;</li>
 *   <li>when still <em>criteria met</em>, have been read exactly as the undamaged case (same rows, same
 *       numbers, same supporting rows): damage that changes what is read must stop the approval. Plain
 *       text files (CSV, DVH export text, JSON) carry no checksum, so a changed digit in them cannot be
 *       told from a real one; for those only property 2 holds (decision 0135);</li>
 *   <li>never print a stack trace or a library's message through the command line.</li>
 * </ol>
 * {@code -Dimrt.fuzz.count=N} and {@code -Dimrt.fuzz.seed=S} set the campaign (bench/fuzz-campaign.sh
 * runs thousands); the default is a few minutes on two cores.
 */
@ExtendWith(LegendOcrOff.class)
class MutationFuzzTest {

    static final long BUDGET_SECONDS = 60;
    private static final List<String> SAMPLES = List.of(
            "01-brain-glioblastoma-criteria-met",
            "03-lung-v20-csv-criteria-met",
            "04-prostate-xls-criteria-not-met",
            "05-spine-grayscale-fax-incomplete",
            "08-pelvis-formulas-criteria-met",
            "09-prostate-dvh-data-mismatch",
            "11-lung-fax-packet",
            "12-brain-mets-missing-value-incomplete");
    private static final List<String> TEXT_FORMATS = List.of("csv", "txt", "json", "tsv");

    @TempDir
    Path work;

    record Outcome(Determination determination, List<String> rows) { }

    @Test
    void damagedFilesNeverMakeACaseApprovable() throws Exception {
        int count = Integer.getInteger("imrt.fuzz.count", 200);
        long seed = Long.getLong("imrt.fuzz.seed", 20261204L);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int[] tally = new int[4]; // mutants, MET kept (identical reading), MET lost, unchanged non-MET
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.Map<String, Outcome> originals = new java.util.HashMap<>();
            for (String sample : SAMPLES) {
                originals.put(sample, outcome(pool, Path.of("samples", sample), true));
            }
            for (int i = 0; i < count; i++) {
                String sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
                Path copy = work.resolve("m" + i);
                List<Path> files = copySample(Path.of("samples", sample), copy);
                Path victim = files.get(random.nextInt(files.size()));
                String how = Mutations.apply(victim, random);
                String label = "mutant " + i + " (seed " + seed + "): " + sample + "/" + victim.getFileName() + " " + how;
                Outcome original = originals.get(sample);
                Outcome mutant;
                try {
                    mutant = outcome(pool, copy, false);
                } catch (TimeoutException e) {
                    failures.add(label + ": took longer than " + BUDGET_SECONDS + " s");
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor();
                    continue;
                } catch (Throwable e) {
                    failures.add(label + ": " + e);
                    continue;
                }
                tally[0]++;
                if (mutant.determination() == Determination.CRITERIA_MET) {
                    if (original.determination() != Determination.CRITERIA_MET) {
                        failures.add(label + ": became CRITERIA_MET (was " + original.determination() + ")");
                    } else if (!mutant.rows().equals(original.rows()) && !isText(victim)) {
                        failures.add(label + ": still CRITERIA_MET though it was read differently: " + mutant.rows()
                                + " vs " + original.rows());
                    } else {
                        tally[1]++;
                    }
                } else if (original.determination() == Determination.CRITERIA_MET) {
                    tally[2]++;
                } else {
                    tally[3]++;
                }
                if (i % 8 == 0) {
                    String printed = cliOutput(copy);
                    if (printed.contains("\tat ") || printed.contains("Exception:") || printed.contains("org.apache.")) {
                        failures.add(label + ": the command line printed a stack trace or library message");
                    }
                }
                deleteTree(copy);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "fuzz: %d mutants, %d stayed approvable with an identical reading, %d lost "
                + "approval, %d non-approvable stayed so; %d failures%n", tally[0], tally[1], tally[2], tally[3], failures.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + count + " mutants broke fail-closed:\n" + String.join("\n", failures));
        }
    }

    /** The bundled samples are read without keeping results beside them (a checkout stays as it was). */
    private static Outcome outcome(ExecutorService pool, Path caseFolder, boolean bundled) throws Exception {
        Future<Outcome> f = pool.submit(() -> {
            CaseLoader loader = bundled ? CaseLoader.standard().readOnly() : CaseLoader.standard();
            Evaluation e = Evaluator.standard().evaluate(loader.load(caseFolder));
            List<String> rows = new ArrayList<>();
            for (RowResult r : e.rows()) {
                rows.add(r.row().organ() + "|" + r.row().constraint() + "|" + r.dose3d() + "|" + r.doseImrt() + "|"
                        + r.supports());
            }
            return new Outcome(e.determination(), rows);
        });
        try {
            return f.get(BUDGET_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        }
    }

    private static String cliOutput(Path caseFolder) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Cli.run(new PrintWriter(out), new PrintWriter(err), "evaluate", caseFolder.toString(), "--format", "text");
        } finally {
            System.setErr(realErr);
        }
        return out + "\n" + err + "\n" + captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_FORMATS.stream().anyMatch(ext -> name.endsWith("." + ext));
    }

    private static List<Path> copySample(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equalsIgnoreCase("README.md")) {
                    Path target = to.resolve(p.getFileName());
                    Files.copy(p, target);
                    files.add(target);
                }
            }
        }
        assertFalse(files.isEmpty(), "sample " + from + " has files");
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
