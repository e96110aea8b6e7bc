package org.imrtreview.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.NotADvhPlotException;
import org.imrtreview.intake.pdf.PacketResult;
import org.imrtreview.intake.pdf.PdfFigures;
import org.imrtreview.intake.pdf.PdfPacketReader;
import org.imrtreview.intake.pdf.PdfProgressListener;
import org.imrtreview.intake.pdf.PdfReadException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per DVH figure in a PDF: {@code readPage} is what case loading pays for a one-page
 * packet holding the figure (page parse, figure finding, pixels, digitising); {@code digitiseFigure}
 * what the window or {@code digitize --page} pays (open, page parse, pixels, digitise). Run with
 * bench/pdf-figures-bench.sh.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfFigureBench {

    @Param({"RASTER", "RASTER_JPEG", "VECTOR"})
    String kind;

    private Path file;

    @Setup
    public void write() throws IOException {
        file = PdfFigureFiles.write(Files.createTempDirectory("pdf-figure-bench"), PdfFigureFiles.Kind.valueOf(kind));
    }

    @Benchmark
    public PacketResult readPage() {
        return new PdfPacketReader(PdfProgressListener.NONE).read(file, "figure.pdf");
    }

    @Benchmark
    public PdfFigures.DigitisedFigure digitiseFigure() throws IOException, PdfReadException, NotADvhPlotException {
        return PdfFigures.digitize(file, "figure.pdf", 1, 1, DigitizeOptions.automatic());
    }
}
