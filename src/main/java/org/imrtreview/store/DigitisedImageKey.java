package org.imrtreview.store;

/**
 * Which digitised picture the nurse's choices belong to: a submitted image file ({@code pages}
 * null, {@code figure} 1), or a figure inside a PDF document ({@code "packet.pdf"}, pages {@code "3"},
 * figure {@code n} counted on those pages). Kept small so any digitised picture can be keyed by it.
 */
public record DigitisedImageKey(String file, String pages, int figure) {

    public DigitisedImageKey {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a digitised image needs its file name");
        }
        figure = Math.max(figure, 1);
    }

    /** A whole image file, such as {@code dvh_3d.png}. */
    public static DigitisedImageKey ofImageFile(String file) {
        return new DigitisedImageKey(file, null, 1);
    }

    /**
     * The {@code sourceFile} its digitised curves carry in the case: the image file's name, or for a
     * PDF figure "packet.pdf p.3 fig.1" (intake.pdf.PdfFigures#sourceKey).
     */
    public String sourceKey() {
        if (pages == null || pages.isBlank()) {
            return file;
        }
        return pages.matches("\\d+") ? org.imrtreview.intake.pdf.PdfFigures.sourceKey(file, Integer.parseInt(pages), figure)
                : file + " p." + pages + " fig." + figure;
    }

    /** The picture's name in sentences: "dvh_3d.png", or "packet.pdf page 3 figure 2". */
    public String describe() {
        if (pages == null || pages.isBlank()) {
            return file;
        }
        return file + (pages.contains("-") ? " pages " : " page ") + pages + " figure " + figure;
    }
}
