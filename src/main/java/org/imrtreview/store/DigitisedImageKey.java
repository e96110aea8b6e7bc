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

    /** The picture's name in sentences: "dvh_3d.png", or "packet.pdf page 3 figure 2". */
    public String describe() {
        if (pages == null || pages.isBlank()) {
            return file;
        }
        return file + (pages.contains("-") ? " pages " : " page ") + pages + " figure " + figure;
    }
}
