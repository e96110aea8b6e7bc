package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.imrtreview.digitize.DigitizeOptions;
import org.imrtreview.digitize.DigitizedCurves;
import org.imrtreview.digitize.SyntheticDvh;
import org.imrtreview.digitize.SyntheticDvhCorpus;
import org.imrtreview.digitize.TrueCurve;
import org.imrtreview.dvh.DvhMetrics;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.KnownCurve;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.Placement;
import org.imrtreview.intake.pdf.fixtures.FigurePdfs.PlotStyle;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.pdf.fixtures.PacketPages;
import org.imrtreview.intake.pdf.fixtures.ReportDrawer;
import org.imrtreview.intake.pdf.fixtures.SummaryTables;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Flag;
import org.imrtreview.model.FlagCode;
import org.imrtreview.model.RowResult;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DVH figures inside PDF packets become digitised curves while the packet loads: pictures from
 * their own pixels however the page places them, vector plots from a render of their region with
 * axes and names from the PDF text. Accuracy is judged with the cross-check tolerance for digitised
 * evidence (decision 0083): doses within max(1.5 Gy, 3 %), volumes within max(3 points, 5 %).
 */
// These tests check the geometry of figures against known curves, found by their colour; legend
// OCR (tested in LegendOcrTest) would name the pasted pictures' curves first, so it is off here.
@org.junit.jupiter.api.extension.ExtendWith(org.imrtreview.digitize.LegendOcrOff.class)
class PdfFigureDigitisingTest {
    @TempDir
    Path dir;

    private static PacketResult read(Path file) {
        return new PdfPacketReader(PdfProgressListener.NONE).read(file, file.getFileName().toString());
    }

    // ---- embedded pictures --------------------------------------------------------------------

    @ParameterizedTest(name = "corpus image {0} placed {1}, JPEG in the PDF: {2}")
    @CsvSource(textBlock = """
            12, SCALED,  false
            12, FLIPPED, false
            12, TURNED,  false
            12, CLIPPED, false
            21, SCALED,  true
            0,  FLIPPED, true
            17, TILTED,  false
            """)
    void pictureFigureIsDigitisedToItsKnownCurvesHoweverThePagePlacesIt(int corpusIndex, Placement placement, boolean jpeg)
            throws IOException {
        SyntheticDvh dvh = SyntheticDvhCorpus.make(corpusIndex);
        Path f = dir.resolve("packet.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.text(doc, PacketPages.HISTORY);
            FigurePdfs.rasterDvhPage(doc, dvh.image(), placement, jpeg, "Figure 1. Cumulative DVH, IMRT plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        Document figure = r.documents().get(1);
        assertEquals(DocumentKind.DVH_IMAGE, figure.kind());
        assertTrue(figure.note().contains("curves digitised"), figure.note());
        List<DvhCurve> curves = r.curves();
        assertFalse(curves.isEmpty(), figure.note());
        for (DvhCurve c : curves) {
            assertEquals("packet.pdf p.2 fig.1", c.sourceFile());
            assertEquals(PlanKind.IMRT, c.plan(), "plan from the caption");
            assertTrue(c.digitised());
        }
        int matched = 0;
        for (TrueCurve truth : dvh.curves()) {
            // CLIPPED cuts the right 10 % of the picture: curves beyond what is shown are not expected
            double shown = placement == Placement.CLIPPED ? 0.85 * dvh.doseAxisMax() : Double.MAX_VALUE;
            if (dmax(truth.dose(), truth.volume()) > shown) {
                continue;
            }
            Optional<DvhCurve> traced = byHue(truth.colour(), truth.dashed(), curves);
            assertTrue(traced.isPresent(), "curve " + truth.name() + " traced; " + figure.note());
            assertWithinDigitisingTolerance(truth.name(), truth.dose(), truth.volume(), traced.get(), dvh.doseAxisMax());
            matched++;
        }
        assertTrue(matched >= 3, "matched " + matched);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SCALED", "FLIPPED", "TURNED"})
    void pictureIsTakenUprightPixelForPixelAsThePageShowsIt(Placement placement) throws Exception {
        BufferedImage source = SyntheticDvhCorpus.make(0).image();
        Path f = dir.resolve("one.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.rasterDvhPage(doc, source, placement, false, "DVH");
            doc.save(f.toFile());
        }
        BufferedImage shown = PdfFigures.image(f, 1, 1);
        assertEquals(source.getWidth(), shown.getWidth());
        assertEquals(source.getHeight(), shown.getHeight());
        int w = source.getWidth();
        int h = source.getHeight();
        assertArrayEquals(rgb(source.getRGB(0, 0, w, h, null, 0, w)), rgb(shown.getRGB(0, 0, w, h, null, 0, w)));
    }

    @Test
    void clippedPictureIsCutToItsVisiblePart() throws Exception {
        BufferedImage source = SyntheticDvhCorpus.make(12).image();
        Path f = dir.resolve("clip.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.rasterDvhPage(doc, source, Placement.CLIPPED, false, "DVH");
            doc.save(f.toFile());
        }
        BufferedImage shown = PdfFigures.image(f, 1, 1);
        assertEquals(0.9 * source.getWidth(), shown.getWidth(), 1.5);
        assertEquals(source.getHeight(), shown.getHeight());
        assertEquals(source.getRGB(100, 200) & 0xFFFFFF, shown.getRGB(100, 200) & 0xFFFFFF);
    }

    @Test
    void pictureWithATransparentBackgroundIsReadOverWhitePaper() throws IOException {
        SyntheticDvh dvh = SyntheticDvhCorpus.make(12);
        BufferedImage argb = new BufferedImage(dvh.image().getWidth(), dvh.image().getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < argb.getHeight(); y++) {
            for (int x = 0; x < argb.getWidth(); x++) {
                int p = dvh.image().getRGB(x, y) & 0xFFFFFF;
                argb.setRGB(x, y, p == 0xFFFFFF ? 0 : 0xFF000000 | p); // white becomes transparent (a soft mask in the PDF)
            }
        }
        Path f = dir.resolve("alpha.pdf");
        try (PDDocument doc = new PDDocument()) {
            PacketPages.dvhPage(doc, argb, "Figure 3. DVH, IMRT plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(dvh.curves().size(), r.curves().size(), r.documents().get(0).note());
        TrueCurve first = dvh.curves().get(0);
        assertWithinDigitisingTolerance(first.name(), first.dose(), first.volume(),
                byHue(first.colour(), first.dashed(), r.curves()).orElseThrow(), dvh.doseAxisMax());
    }

    @Test
    void greyFigureIsNotDigitisedBecauseThePolicyRequiresColour() throws IOException {
        Path f = dir.resolve("grey.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.rasterDvhPage(doc, FigurePdfs.grey(SyntheticDvhCorpus.make(12).image()), Placement.SCALED, true,
                    "Figure 1. DVH, 3D plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of(), r.curves());
        assertFalse(r.documents().get(0).color());
        assertTrue(r.documents().get(0).note().contains("grayscale — the policy requires colour DVHs"), r.documents().get(0).note());
        assertFalse(r.documents().get(0).note().contains("digitised"), r.documents().get(0).note());
    }

    @Test
    void figureWithDamagedPictureDataOnlyLosesThatFigure() throws IOException {
        Path f = dir.resolve("damaged.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.text(doc, PacketPages.HISTORY);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            byte[] garbage = new byte[5000];
            new java.util.Random(7).nextBytes(garbage);
            PDImageXObject broken = new PDImageXObject(doc, new ByteArrayInputStream(garbage), COSName.DCT_DECODE, 800, 500, 8,
                    PDDeviceRGB.INSTANCE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(broken, 66, 330, 480, 300);
                cs.beginText();
                cs.setFont(TestPdfs.HELVETICA, 10);
                cs.newLineAtOffset(66, 310);
                cs.showText("Figure 1. Cumulative DVH, 3D-CRT plan");
                cs.endText();
            }
            FigurePdfs.rasterDvhPage(doc, SyntheticDvhCorpus.make(12).image(), Placement.SCALED, false, "Figure 2. DVH, IMRT plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("CLINICAL_HISTORY 1", "DVH_IMAGE 2", "DVH_IMAGE 3"),
                r.documents().stream().map(d -> d.kind() + " " + d.pages()).toList());
        assertTrue(r.documents().get(1).note().contains("colour could not be checked"), r.documents().get(1).note());
        assertTrue(r.curves().stream().allMatch(c -> c.sourceFile().equals("damaged.pdf p.3 fig.1")), r.curves()::toString);
        assertEquals(5, r.curves().size());
    }

    @Test
    void encryptedPacketBesideAGoodOneLeavesTheGoodOnesCurvesInTheCase() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("case"));
        TestPdfs.encrypted(folder.resolve("locked.pdf"), "secret");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80), "Figure 1. DVH, IMRT plan");
            doc.save(folder.resolve("dvh.pdf").toFile());
        }
        ReviewCase c = CaseLoader.standard().load(folder);
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("locked.pdf") && p.message().contains("password")),
                c.problems()::toString);
        assertEquals(4, c.dvhCurves().size());
        assertTrue(c.dvhCurves().stream().allMatch(d -> d.sourceFile().equals("dvh.pdf p.1 fig.1")));
    }

    // ---- vector plots -------------------------------------------------------------------------

    @Test
    void vectorPlotIsDigitisedAndItsCurvesNamedFromTheLegendText() throws IOException {
        List<KnownCurve> known = FigurePdfs.headAndNeck();
        Path f = dir.resolve("vector.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, known, PlotStyle.standard(80), "Figure 1. Cumulative DVH, IMRT plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        String note = r.documents().get(0).note();
        assertTrue(note.contains("dose axis read from 9 tick labels in the PDF text"), note);
        assertTrue(note.contains("all named from the legend text in the PDF"), note);
        assertEquals(known.size(), r.curves().size(), note);
        for (KnownCurve k : known) {
            DvhCurve traced = r.curves().stream().filter(c -> c.structure().equals(k.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(k.name() + " not named; " + r.curves()));
            assertEquals(PlanKind.IMRT, traced.plan());
            assertFalse(DigitizedCurves.isUnassigned(traced));
            assertWithinDigitisingTolerance(k.name(), k.dose(), k.volume(), traced, 80);
        }
    }

    @Test
    void combinedPlotInCentigrayTakesEachCurvesPlanFromItsLegendName() throws IOException {
        List<KnownCurve> known = FigurePdfs.combinedPlans();
        Path f = dir.resolve("combined.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, known, new PlotStyle(70, 10, true, false, false, false),
                    "Figure 2. Plan comparison, 3D vs IMRT");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertTrue(r.documents().get(0).note().contains("(cGy)"), r.documents().get(0).note());
        for (KnownCurve k : known) {
            DvhCurve traced = r.curves().stream().filter(c -> c.structure().equals(k.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(k.name() + " not named; " + r.curves()));
            assertEquals(k.name().endsWith("3D") ? PlanKind.THREE_D : PlanKind.IMRT, traced.plan(), k.name());
            assertWithinDigitisingTolerance(k.name(), k.dose(), k.volume(), traced, 70);
        }
    }

    @Test
    void spreadsheetChartWithoutAxisLinesIsReadFromItsTickLabelsAndLegend() {
        // printed by LibreOffice Calc from an XY chart (ChartFigureGenerator): no axis lines, no grid,
        // series running on along 0 % to 80 Gy
        Path f = Path.of("src/test/resources/pdf/figures/calc-chart-dvh.pdf");
        PacketResult r = new PdfPacketReader(PdfProgressListener.NONE).read(f, "calc-chart-dvh.pdf");
        String note = r.documents().get(0).note();
        assertTrue(note.contains("all named from the legend text in the PDF"), note);
        List<KnownCurve> known = FigurePdfs.headAndNeck();
        assertEquals(known.size(), r.curves().size(), note);
        for (KnownCurve k : known) {
            DvhCurve traced = r.curves().stream().filter(c -> c.structure().equals(k.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(k.name() + " not named; " + r.curves()));
            assertEquals(PlanKind.IMRT, traced.plan(), "from the chart title");
            assertWithinDigitisingTolerance(k.name(), k.dose(), k.volume(), traced, 80);
        }
    }

    @Test
    void squareLegendKeysNameTheCurvesToo() throws IOException {
        List<KnownCurve> known = FigurePdfs.headAndNeck();
        Path f = dir.resolve("excel.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, known, new PlotStyle(80, 20, false, true, false, true), "DVH 3D-CRT plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("Brainstem", "PTV_70", "Parotid_L", "SpinalCord"),
                r.curves().stream().map(DvhCurve::structure).sorted().toList(), r.documents().get(0).note());
        assertTrue(r.curves().stream().allMatch(c -> c.plan() == PlanKind.THREE_D));
    }

    @Test
    void landscapePageStoredWithRotateIsReadAsShown() throws IOException {
        List<KnownCurve> known = FigurePdfs.headAndNeck();
        Path f = dir.resolve("landscape.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.landscapeVectorDvhPage(doc, known, "Figure 1. DVH, VMAT plan");
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(known.size(), r.curves().size(), r.documents().get(0).note());
        for (KnownCurve k : known) {
            DvhCurve traced = r.curves().stream().filter(c -> c.structure().equals(k.name())).findFirst().orElseThrow();
            assertEquals(PlanKind.IMRT, traced.plan());
            assertWithinDigitisingTolerance(k.name(), k.dose(), k.volume(), traced, 80);
        }
    }

    @Test
    void twoVectorPlotsOnOnePageAreTwoFiguresWithTheirOwnPlansAndKeys() throws IOException {
        Path f = dir.resolve("two.pdf");
        List<KnownCurve> known = FigurePdfs.headAndNeck();
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.twoVectorDvhPage(doc, known, known, 80);
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("DVH_IMAGE 1 3D", "DVH_IMAGE 1 IMRT"),
                r.documents().stream().map(d -> d.kind() + " " + d.pages() + " " + d.plan().label()).toList());
        assertEquals(4, r.curves().stream().filter(c -> c.sourceFile().equals("two.pdf p.1 fig.1")).count());
        assertEquals(4, r.curves().stream().filter(c -> c.sourceFile().equals("two.pdf p.1 fig.2")).count());
        assertTrue(r.curves().stream().filter(c -> c.sourceFile().endsWith("fig.1")).allMatch(c -> c.plan() == PlanKind.THREE_D));
        assertEquals(Optional.of(new PdfFigures.FigureKey("two.pdf", 1, 2)), PdfFigures.figureOf(r.documents(), 1));
        for (DvhCurve c : r.curves()) {
            KnownCurve k = known.stream().filter(kc -> kc.name().equals(c.structure())).findFirst().orElseThrow();
            assertWithinDigitisingTolerance(k.name(), k.dose(), k.volume(), c, 80);
        }
    }

    @Test
    void greyScatterOfManyMarkersBesideAVectorDvhIsNotTakenForAGreyDvh() throws IOException {
        Path f = dir.resolve("scatter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                FigurePdfs.vectorPlot(cs, 90, 470, 420, 230, FigurePdfs.headAndNeck(), PlotStyle.standard(80));
                cs.setNonStrokingColor(new Color(120, 120, 120));
                java.util.Random random = new java.util.Random(3);
                for (int i = 0; i < 15_000; i++) { // a dense grey scatter plot (a machine log, say) under the DVH
                    float x = 90 + random.nextFloat() * 420;
                    float y = 80 + random.nextFloat() * 250;
                    cs.moveTo(x, y);
                    cs.lineTo(x + 1.5f, y);
                    cs.lineTo(x + 0.75f, y + 1.5f);
                    cs.closePath();
                    cs.fill();
                }
                FigurePdfs.text(cs, "Figure 1. DVH, IMRT plan", 10, 90, 440);
            }
            doc.save(f.toFile());
        }
        PacketResult r = read(f);
        assertEquals(List.of("DVH_IMAGE null IMRT true"),
                r.documents().stream().map(d -> d.kind() + " " + d.pages() + " " + d.plan() + " " + d.color()).toList());
        assertTrue(r.documents().get(0).note().contains("caption: \"Figure 1. DVH, IMRT plan\""), r.documents().get(0).note());
        assertEquals(4, r.curves().stream().filter(c -> c.sourceFile().equals("scatter.pdf p.1 fig.1")).count());
    }

    @Test
    void theWindowGetsTheSameFigureAndCurvesAsTheCaseLoad() throws Exception {
        Path f = dir.resolve("vector.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80), "Figure 1. DVH, IMRT plan");
            doc.save(f.toFile());
        }
        PdfFigures.DigitisedFigure d = PdfFigures.digitize(f, "vector.pdf", 1, 1, DigitizeOptions.automatic());
        BufferedImage image = PdfFigures.image(f, 1, 1);
        assertEquals(image.getWidth(), d.image().getWidth());
        assertEquals(image.getHeight(), d.image().getHeight());
        assertEquals(PlanKind.IMRT, d.figure().plan());
        assertTrue(d.figure().vector());
        assertEquals(4, d.result().curves().size());
        assertTrue(d.result().curves().stream().allMatch(c -> c.legendLabel() != null));
        assertEquals(List.of(new PdfFigures.Figure(new PdfFigures.FigureKey("vector.pdf", 1, 1), PlanKind.IMRT, true, true,
                "Figure 1. DVH, IMRT plan")), PdfFigures.list(f, "vector.pdf"));
    }

    @Test
    void correctingTheAxesInTheWindowKeepsTheLegendNames() throws Exception {
        Path f = dir.resolve("vector.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80), "Figure 1. DVH, IMRT plan");
            doc.save(f.toFile());
        }
        PdfFigures.DigitisedFigure d = PdfFigures.digitize(f, "vector.pdf", 1, 1, DigitizeOptions.automatic());
        org.imrtreview.digitize.DigitizeResult corrected = org.imrtreview.digitize.DvhImageDigitizer.recalibrate(d.result(),
                d.result().calibration().withDoseRange(new org.imrtreview.digitize.AxisRange(0, 40)));
        assertEquals(List.of("Brainstem", "PTV_70", "Parotid_L", "SpinalCord"),
                corrected.curves().stream().map(c -> c.legendLabel().text()).sorted().toList());
        double ptvMax = corrected.curves().stream().filter(c -> c.legendLabel().text().equals("PTV_70"))
                .mapToDouble(c -> c.doseGy()[c.doseGy().length - 1]).max().orElseThrow();
        assertEquals(73.5 / 2, ptvMax, 1.0, "the nurse's range halves every dose");
    }

    @Test
    void askingForAFigureThatIsNotThereSaysWhatThePageHolds() throws Exception {
        Path f = dir.resolve("vector.pdf");
        try (PDDocument doc = new PDDocument()) {
            FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80), "Figure 1. DVH, IMRT plan");
            doc.save(f.toFile());
        }
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> PdfFigures.image(f, 1, 2));
        assertEquals("page 1 has 1 DVH figure; there is no figure 2", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> PdfFigures.image(f, 3, 1));
        assertEquals("there is no page 3 (the PDF has 1)", e.getMessage());
    }

    @Test
    void packetWithMoreFiguresThanTheLoadingCapDigitisesTheFirstOnesAndSaysSoForTheRest() throws IOException {
        Path f = dir.resolve("many.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                FigurePdfs.vectorDvhPage(doc, FigurePdfs.headAndNeck(), PlotStyle.standard(80), "Figure " + (i + 1) + ". DVH, IMRT");
            }
            doc.save(f.toFile());
        }
        PacketResult r = new PdfPacketReader(PdfProgressListener.NONE, 2).read(f, "many.pdf");
        assertEquals(8, r.curves().size());
        assertTrue(r.documents().get(2).note().endsWith(
                "not digitised while loading (more than 2 DVH figures in this PDF); open it to digitise"), r.documents().get(2).note());
    }

    @Test
    void legendNamedCurvesOfAVectorFigureCrossCheckThePacketsOwnTable() throws Exception {
        List<KnownCurve> curves = List.of(
                KnownCurve.organ("Parotid_L 3D", new Color(31, 119, 180), true, 8, 66, 1.1, 1.1),   // mean 37.0 Gy
                KnownCurve.organ("Parotid_L IMRT", new Color(31, 119, 180), false, 2, 60, 1.4, 2.2), // mean 25.8 Gy
                KnownCurve.organ("SpinalCord 3D", new Color(214, 39, 40), true, 0, 47, 2.0, 1.0),    // max 47 Gy
                KnownCurve.organ("SpinalCord IMRT", new Color(214, 39, 40), false, 0, 41, 2.4, 1.5)); // max 41 Gy
        SummaryTables.Spec table = new SummaryTables.Spec("hn", List.of("Organ at risk", "Dose constraint", "Source", "3D dose",
                "IMRT dose", "Can the constraint only be met with IMRT?"), List.of(
                List.of("Parotid (left)", "Mean < 26 Gy", "QUANTEC", "31.0 Gy", "25.8 Gy", "Yes"),
                List.of("Spinal cord", "Dmax < 45 Gy", "QUANTEC", "47.0 Gy", "41.0 Gy", "Yes")));
        Path folder = Files.createDirectories(dir.resolve("hn-case"));
        try (PDDocument doc = new PDDocument()) {
            PacketPages.prosePage(doc, PacketPages.HISTORY);
            new ReportDrawer(doc, ReportDrawer.defaultOptions()).table("Summary analysis", List.of(), table);
            FigurePdfs.vectorDvhPage(doc, curves, new PlotStyle(70, 10, false, true, true, false),
                    "Figure 1. DVH comparison, 3D-CRT vs IMRT");
            doc.save(folder.resolve("packet.pdf").toFile());
        }
        Evaluation e = Evaluator.standard().evaluate(CaseLoader.standard().load(folder));
        List<Flag> parotid = mismatches(e.rows().get(0));
        assertEquals(1, parotid.size(), parotid::toString);
        assertTrue(parotid.get(0).message().contains("31 Gy for the 3D plan"), parotid.get(0).message());
        assertTrue(parotid.get(0).message().contains("\"Parotid_L 3D\" in packet.pdf p.3 fig.1"), parotid.get(0).message());
        assertEquals(List.of(), mismatches(e.rows().get(1)), "the spinal cord values agree with the figure");
    }

    private static List<Flag> mismatches(RowResult row) {
        return row.flags().stream().filter(f -> f.code() == FlagCode.DVH_TABLE_MISMATCH).toList();
    }

    // ---- the sample packet ----------------------------------------------------------------------

    @Test
    void samplePacketsTwoFiguresAreDigitisedWithThePlansOfTheirCaptions() throws Exception {
        ReviewCase c = CaseLoader.standard().readOnly().load(Path.of("samples/11-lung-fax-packet"));
        String file = "fax_packet_PA-2026-004203.pdf";
        List<DvhCurve> threeD = c.dvhCurves().stream().filter(d -> d.sourceFile().equals(file + " p.6 fig.1")).toList();
        List<DvhCurve> imrt = c.dvhCurves().stream().filter(d -> d.sourceFile().equals(file + " p.7 fig.1")).toList();
        assertEquals(4, threeD.size());
        assertEquals(4, imrt.size());
        assertTrue(threeD.stream().allMatch(d -> d.plan() == PlanKind.THREE_D && d.digitised()));
        assertTrue(imrt.stream().allMatch(d -> d.plan() == PlanKind.IMRT && DigitizedCurves.isUnassigned(d)));
    }

    // ---- source keys ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(textBlock = """
            packet.pdf,                 3, 1, packet.pdf p.3 fig.1
            sub/Fax packet 2026.pdf,   12, 2, sub/Fax packet 2026.pdf p.12 fig.2
            """)
    void sourceKeyNamesFilePageAndFigureAndReadsBack(String file, int page, int figure, String key) {
        assertEquals(key, PdfFigures.sourceKey(file, page, figure));
        assertEquals(Optional.of(new PdfFigures.FigureKey(file, page, figure)), PdfFigures.parseSourceKey(key));
    }

    @ParameterizedTest
    @CsvSource({"dvh_imrt.png", "packet.pdf p.3", "packet.pdf p.0 fig.1", "'packet.pdf p.x fig.1'"})
    void aWholeFileOrAMalformedKeyIsNoFigure(String key) {
        assertEquals(Optional.empty(), PdfFigures.parseSourceKey(key));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static int[] rgb(int[] argb) {
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            out[i] = argb[i] & 0xFFFFFF;
        }
        return out;
    }

    private static double dmax(double[] dose, double[] volume) {
        for (int i = 1; i < dose.length; i++) {
            if (volume[i] <= 0) {
                return dose[i];
            }
        }
        return dose[dose.length - 1];
    }

    private static double volumeAt(double[] dose, double[] volume, double d) {
        if (d <= dose[0]) {
            return volume[0];
        }
        for (int i = 1; i < dose.length; i++) {
            if (dose[i] >= d) {
                double t = (d - dose[i - 1]) / (dose[i] - dose[i - 1]);
                return volume[i - 1] + t * (volume[i] - volume[i - 1]);
            }
        }
        return 0;
    }

    /** Decision 0083's tolerance for digitised evidence, at Dmax and at 10 %..90 % of the dose axis. */
    private static void assertWithinDigitisingTolerance(String name, double[] dose, double[] volume, DvhCurve traced,
                                                        double doseAxisMax) {
        double trueMax = dmax(dose, volume);
        double tracedMax = DvhMetrics.max(traced);
        assertTrue(Math.abs(tracedMax - trueMax) <= Math.max(1.5, 0.03 * trueMax),
                name + ": Dmax " + tracedMax + " vs " + trueMax);
        List<String> off = new ArrayList<>();
        for (int k = 1; k <= 9; k++) {
            double d = doseAxisMax * k / 10;
            double expected = volumeAt(dose, volume, d);
            if (expected <= 0) {
                continue;
            }
            double got = DvhMetrics.volumePercentAtDose(traced, d);
            if (Math.abs(got - expected) > Math.max(3, 0.05 * expected)) {
                off.add(String.format(java.util.Locale.ROOT, "V%.0fGy %.1f vs %.1f", d, got, expected));
            }
        }
        assertEquals(List.of(), off, name);
    }

    /** The traced curve of the colour's hue (within 25 degrees) and the dash, as the digitiser's accuracy report matches. */
    private static Optional<DvhCurve> byHue(Color colour, boolean dashed, List<DvhCurve> curves) {
        DvhCurve best = null;
        double bestDistance = 25;
        for (DvhCurve c : curves) {
            if (c.planName().contains("dashed") != dashed) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("#([0-9a-f]{6})").matcher(c.structure());
            if (!m.find()) {
                continue;
            }
            int rgb = Integer.parseInt(m.group(1), 16);
            float[] a = Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
            float[] b = Color.RGBtoHSB((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, null);
            double d = Math.abs(a[0] - b[0]);
            d = Math.min(d, 1 - d) * 360;
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }
}
