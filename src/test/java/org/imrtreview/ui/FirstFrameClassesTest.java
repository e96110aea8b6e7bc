package org.imrtreview.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, without timing: what the window loads before its first frame, counted by the JVM's own class
 * log in a fresh JVM ({@link FirstFrameProbe}). Nothing that only a case needs (reading its files, the
 * constraint library, the case screen with its chart and viewers) may be on that path.
 */
class FirstFrameClassesTest {

    /** Class-name prefixes that must not load before the window shows, and why. */
    private static final List<String[]> NOT_BEFORE_THE_FIRST_FRAME = List.of(
            new String[] {"org.apache.poi.", "spreadsheets (POI)"},
            new String[] {"org.apache.pdfbox.", "PDFs (PDFBox)"},
            new String[] {"org.apache.fontbox.", "PDF fonts (FontBox)"},
            new String[] {"org.bytedeco.", "OCR natives (Tesseract through JavaCPP)"},
            new String[] {"org.imrtreview.ocr.", "OCR"},
            new String[] {"org.imrtreview.digitize.", "digitising DVH pictures"},
            new String[] {"com.fasterxml.jackson.databind.", "JSON binding (request.json, the constraint library)"},
            new String[] {"org.imrtreview.constraint.library.ConstraintLibrary$Holder", "reading the constraint library"},
            new String[] {"org.imrtreview.ui.casereview.SummaryTableView", "the case screen (built on the first open)"},
            new String[] {"org.imrtreview.ui.casereview.LetterPane", "the case screen's letter tab"},
            new String[] {"org.imrtreview.ui.viewer.", "the case screen's document viewers"},
            new String[] {"org.imrtreview.ui.chart.", "the case screen's DVH chart"},
            new String[] {"org.jfree.", "the DVH chart (on the case screen)"});

    /** A package (ending in a dot) and everything in it, or one class with its nested classes. */
    private static boolean matches(String loaded, String rule) {
        return rule.endsWith(".") ? loaded.startsWith(rule) : loaded.equals(rule) || loaded.startsWith(rule + "$");
    }

    @TempDir
    Path tmp;

    @Test
    void theWindowShowsWithoutLoadingWhatOnlyACaseNeeds() throws Exception {
        Path log = tmp.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log, "-Xmx512m", org.imrtreview.testing.TestHome.property(),
                "-Djava.awt.headless=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dimrt.prefs.node=imrt-review-test-first-frame",
                "-cp", System.getProperty("java.class.path"), FirstFrameProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the probe ended");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("window showing"), out);

        List<String> before = new ArrayList<>();
        boolean shown = false;
        for (String line : Files.readAllLines(log)) {
            // [0.123s][info][class,load] java.lang.Object source: shared objects file
            String[] parts = line.split(" ");
            if (parts.length < 2) {
                continue;
            }
            String name = parts[1];
            if (name.equals(FirstFrameProbe.Shown.class.getName())) {
                shown = true;
                break;
            }
            before.add(name);
        }
        assertTrue(shown, "the mark of the window showing is in the class log");
        System.out.println("classes loaded before the first frame: " + before.size());
        List<String> wrong = new ArrayList<>();
        for (String[] rule : NOT_BEFORE_THE_FIRST_FRAME) {
            List<String> hits = before.stream().filter(c -> matches(c, rule[0])).toList();
            if (!hits.isEmpty()) {
                wrong.add(rule[1] + ": " + hits.size() + " classes, first " + hits.get(0));
            }
        }
        assertTrue(wrong.isEmpty(), "loaded before the window showed (" + before.size() + " classes in all):\n" + String.join("\n", wrong));
    }
}
