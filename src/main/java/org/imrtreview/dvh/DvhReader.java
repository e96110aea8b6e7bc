package org.imrtreview.dvh;

import java.util.List;

/** One planning-system export format. Readers never throw for bad content: problems go in the result. */
public interface DvhReader {

    /** Name shown to the nurse: "Varian Eclipse DVH export". */
    String format();

    /** Whether the text (the start of the file is enough) is this format, judged by content alone. */
    boolean recognises(List<String> firstLines);

    /**
     * Reads the whole text. {@code prescriptionGy} (null when unknown) converts relative doses when the
     * file itself gives no prescription.
     */
    DvhExport read(String fileName, List<String> lines, Double prescriptionGy);
}
