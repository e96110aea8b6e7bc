package org.imrtreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.chart.DvhChartModel;
import org.imrtreview.chart.DvhOverlayChart;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chart CASE --out chart.png [--svg chart.svg]}: renders the 3D-vs-IMRT overlay of a case's DVH
 * data headless (no display needed), with the table's constraints drawn at their limits. Exit 2 when
 * CASE cannot be read, 1 when it holds no DVH data to draw.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Render the overlaid 3D vs IMRT DVH chart of a case to PNG (and/or SVG), headless.")
public final class ChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder or a single DVH export.")
    Path path;

    @Option(names = "--out", paramLabel = "FILE.png", description = "PNG file to write.")
    Path png;

    @Option(names = "--svg", paramLabel = "FILE.svg", description = "SVG file to write.")
    Path svg;

    @Option(names = "--width", defaultValue = "1400", description = "Width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "850", description = "Height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (png == null && svg == null) {
            CaseArgument.fail(err, "give --out FILE.png and/or --svg FILE.svg");
            return 1;
        }
        ReviewCase reviewCase = CaseArgument.load(path, err);
        if (reviewCase == null) {
            return CaseArgument.UNREADABLE;
        }
        Evaluation evaluation = Evaluator.standard().evaluate(reviewCase);
        DvhChartModel model = DvhChartModel.of(reviewCase, evaluation);
        if (model.isEmpty()) {
            CaseArgument.fail(err, path + " holds no DVH data export to draw (Eclipse, RayStation, Monaco or CSV)");
            return 1;
        }
        JFreeChart chart = DvhOverlayChart.create(model, DvhOverlayChart.title(model.organs()));
        try {
            if (png != null) {
                DvhOverlayChart.writePng(chart, png, width, height);
                out.println("wrote " + png);
            }
            if (svg != null) {
                DvhOverlayChart.writeSvg(chart, svg, width, height);
                out.println("wrote " + svg);
            }
        } catch (IOException e) {
            CaseArgument.fail(err, "cannot write the chart: " + e.getMessage());
            return 2;
        }
        out.flush();
        return 0;
    }
}
