package org.imrtreview.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrtreview.constraint.library.AlphaBeta;
import org.imrtreview.constraint.library.ConstraintLibrary;
import org.imrtreview.constraint.library.Eqd2;
import org.imrtreview.constraint.library.LibraryQuery;
import org.imrtreview.constraint.library.Provenance;
import org.imrtreview.constraint.library.PublishedConstraint;
import org.imrtreview.constraint.library.Regime;
import org.imrtreview.constraint.library.SourceGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code constraints}: browse the published organ-at-risk constraint library. */
@Command(name = "constraints", mixinStandardHelpOptions = true,
        description = {"Lists published organ-at-risk dose constraints with their citations.",
            "Entries marked * come only from a secondary source (verify against the paper)."})
public final class ConstraintsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--organ", description = "Organ in any usual spelling (\"Lt parotid\", \"cord\", \"Optic nerve (right)\").")
    String organ;

    @Option(names = "--source", description = "Source as written in a table (\"QUANTEC\", \"RTOG 0225\", \"TG-101\").")
    String source;

    @Option(names = "--fractions", description = "Course fractions: 1-5 lists that SBRT/SRS fraction count, more lists conventional limits.")
    Integer fractions;

    @Option(names = "--summary", description = "Print entry counts by source and by provenance instead of the entries.")
    boolean summary;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (fractions != null && fractions < 1) {
            spec.commandLine().getErr().println("error: --fractions must be at least 1");
            return 1;
        }
        boolean json = "json".equalsIgnoreCase(format);
        if (!json && !"text".equalsIgnoreCase(format)) {
            spec.commandLine().getErr().println("error: --format must be text or json");
            return 1;
        }
        ConstraintLibrary library = ConstraintLibrary.standard();
        if (summary) {
            if (json) {
                out.println(mapper().writeValueAsString(summaryJson(library)));
            } else {
                printSummary(library, out);
            }
            return 0;
        }
        List<PublishedConstraint> entries = new LibraryQuery(organ, source, fractions, null).run(library);
        if (json) {
            out.println(mapper().writeValueAsString(entriesJson(library, entries)));
        } else {
            printEntries(library, entries, out);
        }
        out.flush();
        return 0;
    }

    private static ObjectMapper mapper() {
        return JsonOutput.mapper();
    }

    private Map<String, Object> summaryJson(ConstraintLibrary library) {
        Map<String, Object> root = header(library);
        Map<String, Integer> bySource = new LinkedHashMap<>();
        library.countBySource().forEach((k, v) -> bySource.put(k.name(), v));
        Map<String, Integer> byProvenance = new LinkedHashMap<>();
        library.countByProvenance().forEach((k, v) -> byProvenance.put(k.name(), v));
        root.put("bySource", bySource);
        root.put("byProvenance", byProvenance);
        return root;
    }

    private static Map<String, Object> header(ConstraintLibrary library) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("libraryVersion", library.version());
        root.put("libraryDate", library.date());
        root.put("total", library.size());
        return root;
    }

    private void printSummary(ConstraintLibrary library, PrintWriter out) {
        out.printf(Locale.ROOT, "Published-constraint library %s (%s): %d entries%n%n", library.version(), library.date(), library.size());
        out.println("By source:");
        for (Map.Entry<SourceGroup, Integer> e : library.countBySource().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %4d%n", e.getKey().title(), e.getValue());
        }
        out.println();
        out.println("By provenance:");
        for (Map.Entry<Provenance, Integer> e : library.countByProvenance().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %4d%n", e.getKey().label(), e.getValue());
        }
        out.println();
        out.println("primary = read in the paper/protocol/guideline; compilation = read in a third-party compilation naming it;");
        out.println("secondary = only from a secondary transcription (marked *; verify before enforcing).");
    }

    private Map<String, Object> entriesJson(ConstraintLibrary library, List<PublishedConstraint> entries) {
        Map<String, Object> root = header(library);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("organ", organ);
        filter.put("source", source);
        filter.put("fractions", fractions);
        root.put("filter", filter);
        root.put("count", entries.size());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublishedConstraint e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("organ", e.organ());
            m.put("tg263", e.tg263());
            m.put("constraint", e.constraintText());
            m.put("metric", e.metric().label());
            m.put("operator", e.operator().ascii());
            m.put("value", e.limit().value());
            m.put("unit", e.relativeToPrescription() ? "% of prescription" : e.limit().unit().symbol());
            m.put("regime", e.regime().name());
            m.put("fractions", e.fractions());
            m.put("endpoint", e.endpoint());
            m.put("source", e.sourceLabel());
            m.put("citation", e.citation());
            m.put("provenance", e.provenance().name());
            m.put("secondary", e.secondary());
            Double eqd2 = eqd2(e);
            if (eqd2 != null) {
                m.put("eqd2Gy", Math.round(eqd2 * 10.0) / 10.0);
                m.put("alphaBetaGy", AlphaBeta.late(e.tg263().get(0)));
            }
            list.add(m);
        }
        root.put("entries", list);
        return root;
    }

    private void printEntries(ConstraintLibrary library, List<PublishedConstraint> entries, PrintWriter out) {
        out.printf(Locale.ROOT, "Published-constraint library %s (%s): %d of %d entries%n%n", library.version(), library.date(),
                entries.size(), library.size());
        if (entries.isEmpty()) {
            out.println("No published constraint matches these filters.");
            return;
        }
        out.printf(Locale.ROOT, "%-8s %-28s %-24s %-12s %-16s %s%n", "ID", "Organ", "Constraint", "Regime", "Source", "EQD2");
        for (PublishedConstraint e : entries) {
            Double eqd2 = eqd2(e);
            out.printf(Locale.ROOT, "%-8s %-28s %-24s %-12s %-16s %s%n", e.id() + (e.secondary() ? "*" : ""), cut(e.organ(), 28),
                    cut(e.constraintText(), 24), e.regime() == Regime.SBRT_SRS ? e.fractions() + " fx" : "conventional",
                    cut(e.sourceLabel(), 16),
                    eqd2 == null ? "" : Eqd2.gy(eqd2) + " Gy (a/b " + Eqd2.gy(AlphaBeta.late(e.tg263().get(0))) + ")");
            out.println("         " + e.citation() + (e.endpoint() == null ? "" : " — " + e.endpoint()));
        }
        if (entries.stream().anyMatch(PublishedConstraint::secondary)) {
            out.println();
            out.println("* only from a secondary source: verify against the paper before relying on it.");
        }
    }

    /** EQD2 of an SBRT dose limit at its own fraction count (conventional limits are already ~2 Gy/fraction). */
    private static Double eqd2(PublishedConstraint e) {
        if (e.regime() != Regime.SBRT_SRS || e.fractions() == null || !e.metric().kind().yieldsDose() || e.relativeToPrescription()) {
            return null;
        }
        return Eqd2.eqd2(e.limit().inGy().value(), e.fractions(), AlphaBeta.late(e.tg263().get(0)));
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
