package org.imrtreview.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.imrtreview.dvh.DvhExport;
import org.imrtreview.dvh.DvhFormatException;
import org.imrtreview.dvh.DvhFormats;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.dvh.MetricNames;
import org.imrtreview.dvh.MetricValue;
import org.imrtreview.dvh.PlanRoles;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvh FILE... [--metrics "Dmax,Mean,V20Gy[%],D0.03cc"] [--format json|text] [--rx GY]}: reads
 * planning-system DVH exports and prints, per plan and structure, the requested metrics. Exit 0 when
 * every file was read, 2 when a file cannot be read or is no DVH export (one line per file on stderr).
 */
@Command(name = "dvh", mixinStandardHelpOptions = true,
        description = "Read DVH exports (Eclipse, CadPlan, RayStation, Monaco, MasterPlan, ProSoma, PRIMO, TomoTherapy, "
                + "PlanIQ, SlicerRT, CSV tables; DICOM RT Dose with its RT Structure Set) and print metrics per plan and "
                + "structure.")
public final class DvhCommand implements Callable<Integer> {

    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DVH export file(s); give an RT Structure Set (RS) with an RT Dose (RD).")
    List<Path> files;

    @Option(names = "--metrics", defaultValue = "Dmax,Mean,Dmin,D0.03cc,D95%,V20Gy[%]", paramLabel = "LIST",
            description = "Comma-separated metrics in TG-263 form (default: ${DEFAULT-VALUE}).")
    String metrics;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text", description = "Output format.")
    Format format;

    @Option(names = "--rx", paramLabel = "GY",
            description = "Prescription dose in Gy, for relative-dose files without one and for %% of prescription metrics.")
    Double prescriptionGy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Metric> wanted;
        try {
            wanted = MetricNames.parseList(metrics);
        } catch (IllegalArgumentException e) {
            CaseArgument.fail(err, e.getMessage());
            return 1;
        }
        List<DvhExport> exports = new ArrayList<>();
        int exit = 0;
        // DICOM RT Structure Sets among the files name the structures of the RT Dose DVHs.
        List<org.imrtreview.dvh.DicomDvhReader.StructureNames> structureSets = new ArrayList<>();
        List<Path> exportsToRead = new ArrayList<>();
        for (Path file : files) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (DvhFormats.isRtStructureSet(bytes)) {
                    structureSets.add(org.imrtreview.dvh.DicomDvhReader.structureNames(bytes));
                    continue;
                }
            } catch (IOException | DvhFormatException e) {
                // reported when the file is read below
            }
            exportsToRead.add(file);
        }
        for (Path file : exportsToRead) {
            try {
                if (Files.isDirectory(file) && Files.isRegularFile(file.resolve("Data").resolve("Info.csv"))) {
                    file = file.resolve("Data").resolve("Info.csv");
                }
                byte[] head = Files.readAllBytes(file);
                if (org.imrtreview.dvh.PinnacleDump.isInfo(head)) {
                    exports.add(org.imrtreview.dvh.PinnacleDump.read(file.toString(),
                            org.imrtreview.intake.DvhDataHandler.pinnacleFiles(file), prescriptionGy));
                    continue;
                }
                exports.add(DvhFormats.read(file.getFileName().toString(), Files.readAllBytes(file), prescriptionGy,
                        structureSets));
            } catch (IOException e) {
                err.println("error: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
                exit = 2;
            } catch (DvhFormatException e) {
                err.println("error: " + e.getMessage());
                exit = 2;
            }
        }
        List<DvhCurve> curves = PlanRoles.resolve(exports.stream().flatMap(e -> e.curves().stream()).toList());
        Map<String, List<DvhCurve>> byPlan = new LinkedHashMap<>();
        for (DvhCurve c : curves) {
            byPlan.computeIfAbsent(c.sourceFile() + "\u0000" + c.planName(), k -> new ArrayList<>()).add(c);
        }
        out.print(format == Format.json ? json(exports, byPlan, wanted) : text(exports, byPlan, wanted));
        out.flush();
        err.flush();
        return exit;
    }

    private String json(List<DvhExport> exports, Map<String, List<DvhCurve>> byPlan, List<Metric> wanted) {
        ObjectMapper mapper = JsonOutput.mapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (DvhExport e : exports) {
            ObjectNode f = files.addObject();
            f.put("file", e.file());
            f.put("format", e.format());
            ArrayNode problems = f.putArray("problems");
            e.problems().forEach(problems::add);
        }
        ArrayNode plans = root.putArray("plans");
        for (List<DvhCurve> curves : byPlan.values()) {
            DvhCurve first = curves.get(0);
            ObjectNode p = plans.addObject();
            p.put("plan", first.planName());
            p.put("role", first.plan() == null ? null : first.plan().label());
            p.put("file", first.sourceFile());
            ArrayNode structures = p.putArray("structures");
            for (DvhCurve c : curves) {
                ObjectNode s = structures.addObject();
                s.put("name", c.structure());
                if (Double.isNaN(c.volumeCc())) {
                    s.putNull("volumeCc");
                } else {
                    s.put("volumeCc", round(c.volumeCc()));
                }
                ObjectNode values = s.putObject("metrics");
                ObjectNode unavailable = mapper.createObjectNode();
                for (Metric m : wanted) {
                    MetricValue v = DvhMetrics.compute(c, m, prescriptionGy);
                    if (v.present()) {
                        values.put(MetricNames.key(m), round(v.value()));
                    } else {
                        values.putNull(MetricNames.key(m));
                        unavailable.put(MetricNames.key(m), v.problem());
                    }
                }
                if (!unavailable.isEmpty()) {
                    s.set("unavailable", unavailable);
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(List<DvhExport> exports, Map<String, List<DvhCurve>> byPlan, List<Metric> wanted) {
        StringBuilder s = new StringBuilder();
        for (DvhExport e : exports) {
            s.append(e.file()).append(": ").append(e.format()).append('\n');
            e.problems().forEach(p -> s.append("  problem: ").append(TerminalText.escape(p)).append('\n'));
        }
        for (List<DvhCurve> curves : byPlan.values()) {
            DvhCurve first = curves.get(0);
            s.append('\n').append("Plan ").append(first.planName()).append(" — ")
                    .append(first.plan() == null ? "role not identified" : first.plan().label())
                    .append(" (").append(first.sourceFile()).append(")\n");
            s.append(String.format(Locale.ROOT, "  %-24s %10s", "Structure", "Volume cc"));
            wanted.forEach(m -> s.append(String.format(Locale.ROOT, " %12s", MetricNames.key(m))));
            s.append('\n');
            for (DvhCurve c : curves) {
                s.append(String.format(Locale.ROOT, "  %-24s %10s", c.structure(),
                        Double.isNaN(c.volumeCc()) ? "—" : String.format(Locale.ROOT, "%.1f", c.volumeCc())));
                for (Metric m : wanted) {
                    MetricValue v = DvhMetrics.compute(c, m, prescriptionGy);
                    s.append(String.format(Locale.ROOT, " %12s", v.present() ? String.format(Locale.ROOT, "%.2f", v.value()) : "n/a"));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
