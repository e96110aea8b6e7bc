package org.imrtreview.intake.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.imrtreview.model.LoadState;

/**
 * Renders PDF pages for the workstation's document viewer, off the UI thread:
 * {@code renderer.page(pdf, 0, 96f).thenAccept(img -> Platform.runLater(() -> show(img)))}.
 * <p>One background thread renders (PDFBox documents are not thread-safe), so requests queue in
 * order. Rendered pages are kept in an LRU cache bounded by bytes ({@value #DEFAULT_CACHE_MB} MB by
 * default), and the last few documents stay open so paging through a packet does not re-parse it.
 * A page is never rendered above {@value #MAX_PIXELS} pixels: a poster-sized page is scaled down
 * rather than exhausting memory. A file that cannot be opened completes the future exceptionally
 * with a {@link PdfReadException} carrying the nurse-facing sentence.
 */
public final class PdfPageRenderer implements AutoCloseable {
    public static final int DEFAULT_CACHE_MB = 96;
    static final long MAX_PIXELS = 24_000_000L;
    private static final int OPEN_DOCUMENTS = 3;

    private record Key(Path file, long modified, int page, float dpi) { }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pdf-page-renderer");
        t.setDaemon(true);
        return t;
    });
    private final long cacheBytes;
    private final LinkedHashMap<Key, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;
    private final LinkedHashMap<Path, PDDocument> open = new LinkedHashMap<>(4, 0.75f, true);

    public PdfPageRenderer() {
        this(DEFAULT_CACHE_MB);
    }

    public PdfPageRenderer(int cacheMegabytes) {
        this.cacheBytes = cacheMegabytes * 1024L * 1024L;
    }

    /** Page {@code pageIndex} (0-based) of {@code pdf} at {@code dpi} (96 for a screen at 100 %). */
    public CompletableFuture<BufferedImage> page(Path pdf, int pageIndex, float dpi) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return render(pdf.toAbsolutePath().normalize(), pageIndex, dpi);
            } catch (PdfReadException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, thread);
    }

    /** Number of pages, or an exceptional future when the file cannot be opened. */
    public CompletableFuture<Integer> pageCount(Path pdf) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return document(pdf.toAbsolutePath().normalize()).getNumberOfPages();
            } catch (PdfReadException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, thread);
    }

    private BufferedImage render(Path pdf, int pageIndex, float dpi) throws PdfReadException {
        Key key = new Key(pdf, modified(pdf), pageIndex, dpi);
        BufferedImage cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        PDDocument doc = document(pdf);
        if (pageIndex < 0 || pageIndex >= doc.getNumberOfPages()) {
            throw new PdfReadException(LoadState.WITH_ERRORS, "has no page " + (pageIndex + 1) + " (it has "
                    + doc.getNumberOfPages() + ")");
        }
        try {
            PageImages.checkSizes(doc.getPage(pageIndex));
            float safeDpi = boundedDpi(doc.getPage(pageIndex), dpi);
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(pageIndex, safeDpi, ImageType.RGB);
            remember(key, img);
            return img;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new PdfReadException(LoadState.WITH_ERRORS, "page " + (pageIndex + 1) + " could not be displayed (damaged content)");
        }
    }

    static float boundedDpi(PDPage page, float dpi) {
        PDRectangle box = page.getCropBox();
        double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
        return pixels <= MAX_PIXELS ? dpi : (float) (dpi * Math.sqrt(MAX_PIXELS / pixels));
    }

    private PDDocument document(Path pdf) throws PdfReadException {
        PDDocument doc = open.get(pdf);
        if (doc != null) {
            return doc;
        }
        doc = PdfOpener.open(pdf);
        PageTree.recountQuietly(doc); // pages beyond a false /Count are shown too (decision 0264)
        open.put(pdf, doc);
        if (open.size() > OPEN_DOCUMENTS) {
            Iterator<Map.Entry<Path, PDDocument>> it = open.entrySet().iterator();
            closeQuietly(it.next().getValue());
            it.remove();
        }
        return doc;
    }

    private void remember(Key key, BufferedImage img) {
        long bytes = (long) img.getWidth() * img.getHeight() * 4;
        if (bytes > cacheBytes) {
            return;
        }
        cache.put(key, img);
        cachedBytes += bytes;
        Iterator<Map.Entry<Key, BufferedImage>> it = cache.entrySet().iterator();
        while (cachedBytes > cacheBytes && it.hasNext()) {
            BufferedImage old = it.next().getValue();
            cachedBytes -= (long) old.getWidth() * old.getHeight() * 4;
            it.remove();
        }
    }

    /** Bytes held by cached pages (for tests and diagnostics). */
    long cachedBytes() {
        return CompletableFuture.supplyAsync(() -> cachedBytes, thread).join();
    }

    private static long modified(Path pdf) {
        try {
            return Files.getLastModifiedTime(pdf).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Forgets a file (the nurse replaced it): its pages are rendered afresh next time. */
    public void forget(Path pdf) {
        Path p = pdf.toAbsolutePath().normalize();
        thread.execute(() -> {
            PDDocument doc = open.remove(p);
            if (doc != null) {
                closeQuietly(doc);
            }
            cache.entrySet().removeIf(e -> {
                boolean match = e.getKey().file().equals(p);
                if (match) {
                    cachedBytes -= (long) e.getValue().getWidth() * e.getValue().getHeight() * 4;
                }
                return match;
            });
        });
    }

    @Override
    public void close() {
        thread.execute(() -> {
            open.values().forEach(PdfPageRenderer::closeQuietly);
            open.clear();
            cache.clear();
            cachedBytes = 0;
        });
        thread.shutdown();
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            // nothing to do: the document was only read
        }
    }
}
