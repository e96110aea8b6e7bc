package org.imrtreview.dvh;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Mirada RTx DVH export (layout reconstructed from DVHmetrics parseMirada): a tab-separated first line
 * (patient, date), a blank line, then pairs of columns headed {@code PTV (88.4cm³)} and {@code % of volume}.
 * The file does not say whether its doses are in Gy or cGy — DVHmetrics, too, needs the user to tell it
 * — so the curves are refused with that reason rather than guessed (decision 0034); the nurse asks for
 * an export that states its units.
 */
public final class MiradaReader implements DvhReader {

    private static final Pattern STRUCTURE = Pattern.compile("^[\\w-]+\\s+\\(\\s*[0-9.]+\\s*cm.*\\)$");

    @Override
    public String format() {
        return "Mirada DVH export";
    }

    @Override
    public boolean recognises(List<String> firstLines) {
        for (String line : firstLines) {
            String[] cells = line.split("\t");
            if (cells.length >= 2 && cells.length % 2 == 0 && STRUCTURE.matcher(cells[0].strip()).matches()
                    && cells[1].strip().matches("(?i)% of volume|volume.*")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public DvhExport read(String fileName, List<String> lines, Double prescriptionGy) {
        long structures = lines.stream().filter(l -> recognises(List.of(l))).findFirst()
                .map(l -> l.split("\t").length / 2L).orElse(0L);
        return new DvhExport(fileName, format(), List.of(), List.of(), List.of(), List.of("the " + structures
                + " DVH curves do not state their dose unit (Gy or cGy) — Mirada writes only the numbers — so "
                + "they are not used rather than guessed at; ask for an export that states the dose unit"));
    }
}
