package org.imrtreview.ocr;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.StringVector;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract 5 (LSTM engine, English "fast" data bundled in the jar) behind {@link TextReader}.
 *
 * <p>The natives load lazily on first use; when they cannot (a platform we did not package, a broken
 * install) the reader turns unavailable with one log line and every later call returns empty at
 * once. Tesseract handles are not thread-safe, so each call borrows a handle from a small pool and
 * returns it; at most {@link #POOL_SIZE} handles are kept (each holds ~15 MB of model).
 * Dictionaries are switched off at initialisation: structure names ("SpinalCord_PRV05") are not
 * English words, and the dictionary would "correct" them into words.
 */
public final class TesseractReader implements TextReader {
    private static final Logger LOG = LoggerFactory.getLogger(TesseractReader.class);
    private static final int POOL_SIZE = 4;
    private static final TesseractReader SHARED = new TesseractReader(null);

    private final Path cacheRoot;
    private final Deque<TessBaseAPI> idle = new ArrayDeque<>();
    private volatile State state;
    private Path dataDir;

    private record State(boolean ok, String reason) {
    }

    /** @param cacheRoot where to put the language data (null = a private folder under the temporary directory) */
    TesseractReader(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The reader the program shares: one engine load per process. */
    public static TesseractReader shared() {
        return SHARED;
    }

    @Override
    public boolean available() {
        return load().ok();
    }

    @Override
    public String unavailableReason() {
        State s = load();
        return s.ok() ? "" : s.reason();
    }

    @Override
    public Optional<LineText> readLine(BufferedImage line, String whitelist) {
        if (line == null || line.getWidth() < 4 || line.getHeight() < 4 || !available()) {
            return Optional.empty();
        }
        TessBaseAPI api = borrow();
        if (api == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(recognise(api, line, whitelist)).filter(t -> !t.isEmpty());
        } finally {
            giveBack(api);
        }
    }

    @Override
    public Optional<LineChars> readLineChars(BufferedImage line) {
        if (line == null || line.getWidth() < 4 || line.getHeight() < 4 || !available()) {
            return Optional.empty();
        }
        TessBaseAPI api = borrow();
        if (api == null) {
            return Optional.empty();
        }
        try {
            setLine(api, line, null);
            try (BytePointer pixels = new BytePointer(greyOf(line))) {
                api.SetImage(pixels, line.getWidth(), line.getHeight(), 1, line.getWidth());
                api.SetSourceResolution(300);
                if (api.Recognize(null) != 0) {
                    api.Clear();
                    return Optional.empty();
                }
                StringBuilder text = new StringBuilder();
                List<Double> conf = new ArrayList<>();
                ResultIterator it = api.GetIterator();
                if (it != null) {
                    try {
                        do {
                            if (it.Empty(tesseract.RIL_SYMBOL)) {
                                continue;
                            }
                            if (it.IsAtBeginningOf(tesseract.RIL_WORD) && text.length() > 0) {
                                text.append(' ');
                                conf.add(1.0);
                            }
                            BytePointer sym = it.GetUTF8Text(tesseract.RIL_SYMBOL);
                            if (sym != null) {
                                String s = sym.getString(StandardCharsets.UTF_8);
                                sym.deallocate();
                                double c = it.Confidence(tesseract.RIL_SYMBOL) / 100.0;
                                for (int i = 0; i < s.length(); i++) {
                                    text.append(s.charAt(i));
                                    conf.add(c);
                                }
                            }
                        } while (it.Next(tesseract.RIL_SYMBOL));
                    } finally {
                        it.deallocate();
                    }
                }
                api.Clear();
                if (text.length() == 0) {
                    return Optional.empty();
                }
                return Optional.of(new LineChars(text.toString(), conf.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        } finally {
            giveBack(api);
        }
    }

    private static void setLine(TessBaseAPI api, BufferedImage line, String whitelist) {
        api.SetVariable("tessedit_char_whitelist", whitelist == null ? "" : whitelist);
        api.SetPageSegMode(tesseract.PSM_SINGLE_LINE);
    }

    private static byte[] greyOf(BufferedImage line) {
        int w = line.getWidth();
        int h = line.getHeight();
        byte[] grey = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            line.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                grey[y * w + x] = (byte) ((299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000);
            }
        }
        return grey;
    }

    /**
     * Every word on a grey page (0 black .. 255 white, {@code w} x {@code h} at {@code dpi}) with its
     * box, confidence, line and characters, in reading order; empty when OCR is unavailable.
     */
    List<OcrWord> readWords(byte[] grey, int w, int h, int dpi) {
        return words(grey, w, h, dpi, 8, tesseract.PSM_AUTO);
    }

    /**
     * The words of a grey crop holding one line of text ({@code w} x {@code h} at {@code dpi}), with
     * boxes, confidences and characters in the crop's pixels; empty when OCR is unavailable.
     */
    List<OcrWord> readLineWords(byte[] grey, int w, int h, int dpi) {
        return words(grey, w, h, dpi, 4, tesseract.PSM_SINGLE_LINE);
    }

    /** The words the engine reads in {@code grey} in page-segmentation {@code mode}; empty below {@code minSide} px or without OCR. */
    private List<OcrWord> words(byte[] grey, int w, int h, int dpi, int minSide, int mode) {
        if (grey == null || w < minSide || h < minSide || !available()) {
            return List.of();
        }
        TessBaseAPI api = borrow();
        if (api == null) {
            return List.of();
        }
        try {
            api.SetVariable("tessedit_char_whitelist", "");
            api.SetPageSegMode(mode);
            // the engine copies the pixels into its own picture as it is given them; no native copy of ours is
            // held while it reads (a page at 320 dpi is 9.6 MB: decision 0630)
            api.SetImage(grey, w, h, 1, w);
            api.SetSourceResolution(dpi);
            if (api.Recognize(null) != 0) {
                api.Clear();
                return List.of();
            }
            List<OcrWord> words = PageWords.collect(api);
            api.Clear();
            return words;
        } finally {
            giveBack(api);
        }
    }

    private static LineText recognise(TessBaseAPI api, BufferedImage line, String whitelist) {
        int w = line.getWidth();
        int h = line.getHeight();
        setLine(api, line, whitelist);
        try (BytePointer pixels = new BytePointer(greyOf(line))) {
            api.SetImage(pixels, w, h, 1, w);
            // Without a resolution Tesseract guesses one and says so on stderr.
            api.SetSourceResolution(300);
            String text;
            BytePointer utf8 = api.GetUTF8Text();
            try {
                text = utf8 == null ? "" : utf8.getString(StandardCharsets.UTF_8);
            } finally {
                if (utf8 != null) {
                    utf8.deallocate();
                }
            }
            List<Float> words = wordConfidences(api);
            double mean = words.stream().mapToDouble(Float::doubleValue).average().orElse(0) / 100;
            double min = words.stream().mapToDouble(Float::doubleValue).min().orElse(0) / 100;
            api.Clear();
            return new LineText(text, mean, min);
        }
    }

    private static List<Float> wordConfidences(TessBaseAPI api) {
        List<Float> out = new ArrayList<>();
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return out;
        }
        try {
            do {
                BytePointer word = it.GetUTF8Text(tesseract.RIL_WORD);
                if (word != null) {
                    boolean blank = word.getString(StandardCharsets.UTF_8).isBlank();
                    word.deallocate();
                    if (!blank) {
                        out.add(it.Confidence(tesseract.RIL_WORD));
                    }
                }
            } while (it.Next(tesseract.RIL_WORD));
        } finally {
            it.deallocate();
        }
        return out;
    }

    private State load() {
        State s = state;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (state == null) {
                state = tryLoad();
            }
            return state;
        }
    }

    private State tryLoad() {
        long start = System.nanoTime();
        try {
            if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
                System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
            }
            Loader.load(tesseract.class);
            dataDir = TessData.prepare(cacheRoot == null ? TessData.defaultCacheRoot() : cacheRoot);
            TessBaseAPI first = create();
            if (first == null) {
                return new State(false, "the OCR engine could not start (language data not accepted)");
            }
            idle.push(first);
            LOG.info("OCR engine ready (Tesseract {}, {} ms)", tesseract.TESSERACT_VERSION_STR,
                    (System.nanoTime() - start) / 1_000_000);
            return new State(true, "");
        } catch (Throwable e) { // an unloadable native library is a LinkageError: degrade, never crash
            LOG.warn("OCR unavailable, legend text will not be read: {}: {}", e.getClass().getSimpleName(), e.getMessage());
            return new State(false, "OCR is not available on this computer (" + Loader.getPlatform() + ")");
        }
    }

    private TessBaseAPI create() {
        TessBaseAPI api = new TessBaseAPI();
        try (StringVector names = new StringVector("load_system_dawg", "load_freq_dawg", "debug_file");
             StringVector values = new StringVector("0", "0", nullDevice())) {
            int rc = api.Init(dataDir.toString(), TessData.LANGUAGE, tesseract.OEM_LSTM_ONLY, (BytePointer) null, 0,
                    names, values, false);
            if (rc != 0) {
                api.close();
                return null;
            }
        }
        return api;
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null";
    }

    private TessBaseAPI borrow() {
        synchronized (this) {
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        return create();
    }

    private void giveBack(TessBaseAPI api) {
        synchronized (this) {
            if (idle.size() < POOL_SIZE) {
                idle.push(api);
                return;
            }
        }
        api.End();
        api.close();
    }
}
