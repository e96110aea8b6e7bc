package org.imrtreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.imrtreview.constraint.OrganNames;

/**
 * CPU time of {@code OrganNames.normalise} + {@code suggestions} on cells of 50 to 2,000 words (a pasted
 * paragraph), and the ratio to a 50-word cell: linear work keeps the ratio near the length ratio.
 * Run by bench/organ-lookup.sh.
 */
public final class OrganLookupCpuTime {

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        String[] words = {"left", "parotid", "gland", "dose", "to", "the", "brainstem", "heart", "lungs", "mean", "spinal",
                "cord", "margin", "optic", "nerve", "patient", "plan"};
        double base = 0;
        for (int n : new int[] {50, 200, 500, 1000, 2000}) {
            StringBuilder sb = new StringBuilder();
            Random r = new Random(n);
            for (int i = 0; i < n; i++) {
                sb.append(words[r.nextInt(words.length)]).append(' ');
            }
            String cell = sb.toString();
            for (int i = 0; i < 20; i++) {
                OrganNames.normalise(cell);
            }
            int reps = 50;
            long t = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                OrganNames.normalise(cell);
                OrganNames.suggestions(cell);
            }
            double ms = (cpu.getCurrentThreadCpuTime() - t) / 1e6 / reps;
            if (base == 0) {
                base = ms;
            }
            System.out.printf(Locale.ROOT, "%5d words: %.3f ms per cell (x%.1f of 50 words)%n", n, ms, ms / base);
        }
    }
}
