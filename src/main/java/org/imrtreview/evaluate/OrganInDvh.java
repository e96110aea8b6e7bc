package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.dvh.PlanRoles;
import org.imrtreview.model.Column;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.PlanKind;

/**
 * A table row whose organ has no structure in the submitted DVH evidence (decision 0440). The table
 * summarises the plans; the DVH data are the plans. When a plan's exported data list no structure that
 * could be the row's organ ("Sigmoid colon" against PTV, Rectum, Bladder, femoral heads, penile bulb,
 * BODY), the row's numbers come from nowhere the case shows, and may be another organ's numbers under a
 * new label: the table's rectum V70 labelled "Sigmoid colon" escaped the cross-check that held sample 09.
 *
 * <p>Absent means no structure could be the organ however loosely ({@link OrganNames#couldBe}: any PRV
 * expansion, target subtraction, group member, or side the table does not contradict); a structure
 * found by the evidence source (also one the nurse chose in the structure mapping) is present. Exported
 * data are judged per plan. Digitised pictures are judged only when one of them had every traced curve
 * named by its legend (nothing unassigned, every name an organ or a target), and then only when no
 * picture of either plan names the organ: a picture shows only what the clinic chose to draw, and a
 * missed legend label is not evidence of absence.
 */
public final class OrganInDvh {
    private static final Pattern TARGET_OR_BODY = Pattern.compile(
            "(?i)^\\s*(?:[pcgi]tv|igtv|body|external|skin|patient|outline)(?:\\b|_|\\d).*");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private OrganInDvh() {
    }

    /** Where the organ was looked for and not found: the plans (null for the pictures), the files, the names there. */
    public record Absence(List<PlanKind> plans, boolean pictures, Set<String> files, Set<String> structures) {

        /** The column words of the cells that cannot be checked. */
        public List<Column> columns() {
            List<Column> out = new ArrayList<>();
            if (plans.contains(PlanKind.THREE_D)) {
                out.add(Column.DOSE_3D);
            }
            if (plans.contains(PlanKind.IMRT)) {
                out.add(Column.DOSE_IMRT);
            }
            return out;
        }
    }

    /** The plans whose DVH evidence holds no structure for this row's organ; empty when it is found or not judged. */
    public static Optional<Absence> of(RowContext c) {
        String organ = c.row().organ();
        if (organ == null || organ.isBlank() || c.reviewCase() == null || c.reviewCase().dvhCurves().isEmpty()
                || c.reading() != null && c.reading().noNumericLimit()) {
            return Optional.empty();
        }
        List<DvhCurve> curves = PlanRoles.resolve(c.reviewCase().dvhCurves());
        Optional<OrganName> table = OrganNames.normalise(organ);
        List<PlanKind> absent = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        boolean anyExported = false;
        for (PlanKind plan : new PlanKind[] {PlanKind.THREE_D, PlanKind.IMRT}) {
            List<DvhCurve> exported = curves.stream().filter(k -> k.plan() == plan && !k.digitised()).toList();
            if (exported.isEmpty()) {
                continue;
            }
            anyExported = true;
            if (foundByEvidence(c, plan, false) || exported.stream().anyMatch(k -> couldBe(organ, table, k.structure()))) {
                continue;
            }
            absent.add(plan);
            exported.forEach(k -> {
                files.add(k.sourceFile());
                names.add(k.structure());
            });
        }
        if (anyExported) {
            return absent.isEmpty() ? Optional.empty() : Optional.of(new Absence(absent, false, files, names));
        }
        List<DvhCurve> pictures = curves.stream().filter(DvhCurve::digitised).toList();
        if (!anyPictureNamesEveryCurve(pictures) || foundByEvidence(c, PlanKind.THREE_D, true)
                || foundByEvidence(c, PlanKind.IMRT, true)
                || pictures.stream().anyMatch(k -> couldBe(organ, table, k.structure()))) {
            return Optional.empty();
        }
        pictures.forEach(k -> {
            files.add(pictureFile(k.sourceFile()));
            if (!unassigned(k.structure())) {
                names.add(k.structure());
            }
        });
        return Optional.of(new Absence(List.of(PlanKind.THREE_D, PlanKind.IMRT), true, files, names));
    }

    private static boolean foundByEvidence(RowContext c, PlanKind plan, boolean digitised) {
        for (RowContext l : c.eachLimit()) {
            DvhEvidence e = plan == PlanKind.THREE_D ? l.dvh3d() : l.dvhImrt();
            if (e != null && e.digitised() == digitised) {
                return true;
            }
        }
        return false;
    }

    private static boolean couldBe(String organ, Optional<OrganName> table, String structure) {
        Optional<OrganName> s = OrganNames.normalise(structure);
        if (table.isPresent()) {
            return s.isPresent() && OrganNames.couldBe(table.get(), s.get());
        }
        // An organ the catalogue does not know ("Bowel bag", "PTV"): the same words, spaces and case aside.
        String a = compact(organ);
        String b = compact(structure);
        return a.length() >= 3 && b.length() >= 3 && (a.contains(b) || b.contains(a));
    }

    /** One picture (file, or PDF figure) every traced curve of which carries a legend name read as an organ or target. */
    private static boolean anyPictureNamesEveryCurve(List<DvhCurve> pictures) {
        Map<String, Boolean> named = new LinkedHashMap<>();
        for (DvhCurve k : pictures) {
            boolean ok = !unassigned(k.structure())
                    && (OrganNames.normalise(k.structure()).isPresent() || TARGET_OR_BODY.matcher(k.structure()).matches());
            named.merge(String.valueOf(k.sourceFile()), ok, Boolean::logicalAnd);
        }
        return named.containsValue(Boolean.TRUE);
    }

    private static boolean unassigned(String structure) {
        return structure == null || structure.isBlank() || structure.toLowerCase(Locale.ROOT).startsWith("unassigned");
    }

    private static String pictureFile(String sourceFile) {
        return sourceFile == null ? "" : sourceFile;
    }

    private static String compact(String s) {
        return NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
