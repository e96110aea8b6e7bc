package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.imrtreview.letter.content.LetterKind;

/**
 * CPU milliseconds per letter, warm, measured with the thread's CPU clock: on a machine shared with
 * other work, wall-clock benchmarks (LetterBench) swing by an order of magnitude, CPU time does not.
 * Usage: java -cp … org.imrtreview.bench.LetterCpuTime [warmup] [measured] (bench/run-letter-bench.sh --cpu).
 */
public final class LetterCpuTime {

    private LetterCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 80;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (LetterKind kind : LetterKind.values()) {
            LetterBench bench = new LetterBench();
            bench.kind = kind;
            bench.setUp();
            for (int i = 0; i < warmup; i++) {
                bench.composeAndRender();
            }
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < measured; i++) {
                bench.compose();
            }
            long c1 = threads.getCurrentThreadCpuTime();
            int bytes = 0;
            for (int i = 0; i < measured; i++) {
                bytes = bench.composeAndRender().length;
            }
            long c2 = threads.getCurrentThreadCpuTime();
            // a different member each time: other letters, other characters, so fonts are cut anew
            String[] first = {"Ana", "Bjørn", "Chloé", "Dmitri", "Eoin", "Fatima", "Günter", "Hoa", "Inés", "Jun"};
            String[] last = {"Ruiz", "Østergaard", "Nguyễn", "Kowalczyk", "Ó Briain", "Haddad", "Weiß", "Trần", "Peña", "Sato"};
            for (int i = 0; i < measured; i++) {
                String name = first[i % first.length] + " " + last[(i / first.length + i) % last.length];
                bench.renderFor(org.imrtreview.letter.LetterFixtures.brainCase("PA-" + i, name, "ECH-" + i));
            }
            long c3 = threads.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "%-13s compose %6.2f ms   compose+PDF %6.2f ms   new member each time %6.2f ms"
                    + "   (CPU per letter; %d KB PDF)%n", kind, (c1 - c0) / 1e6 / measured, (c2 - c1) / 1e6 / measured,
                    (c3 - c2) / 1e6 / measured, bytes / 1024);
        }
    }
}
