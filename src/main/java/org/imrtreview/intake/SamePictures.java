package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.intake.image.DecodedImage;
import org.imrtreview.intake.image.ImageDecoder;
import org.imrtreview.intake.image.PictureLikeness;
import org.imrtreview.model.Document;
import org.imrtreview.model.DvhCurve;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;

/**
 * One picture sent twice, once named for the 3D plan and once for the IMRT plan, is not a comparison
 * of two plans (decision 0403). Without this check, sample 03 with its VMAT picture copied over the
 * 3D-CRT one satisfied "Comparative 3D and IMRT DVH images" and stayed CRITERIA_MET. Pictures whose
 * files are byte for byte the same, and that were taken for different plans, lose their plan: the
 * checklist then lacks the plan nobody sent, and a note names both files.
 *
 * <p>The same picture re-saved, re-compressed or resized has other bytes (decision 0441). Such a pair is
 * told by its content: when the two pictures' digitised curves do not already show two plans (at least two
 * structures, or the only one they share, with mean doses more than {@value #CURVES_APART_GY} Gy apart),
 * both are decoded and compared by {@link PictureLikeness}: the share of coloured cells of one that the
 * other has in the same place and hue. Copies score 0.99 and more; two plans' DVHs of one patient 0.07 to
 * 0.38 (the 9 sample pairs). From {@value #SAME_PICTURE} on, the pair is one picture.
 */
final class SamePictures {
    /** Pictures larger than this are not compared (ImageHandler refuses 150 MB; DVH pictures are far smaller). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Mean doses of one structure further apart than this in the two pictures: two plans, not one picture. */
    static final double CURVES_APART_GY = 1.0;
    /** {@link PictureLikeness} from which two pictures are one picture saved twice. */
    static final double SAME_PICTURE = 0.9;
    /** At most this many 3D x IMRT pairs are decoded and compared (a case has one or two). */
    private static final int MAX_PAIRS = 4;

    private SamePictures() {
    }

    /**
     * {@code documents} with the plans of 3D/IMRT pictures that are one picture removed (identical files, or one
     * saved again with other bytes); notes go into {@code problems}. {@code curves} are the case's DVH curves.
     */
    static List<Document> apart(Path folder, List<Document> documents, List<DvhCurve> curves, List<Problem> problems) {
        List<Document> out = identicalFiles(folder, documents, problems);
        return sameContent(folder, out, curves, problems);
    }

    private static List<Document> identicalFiles(Path folder, List<Document> documents, List<Problem> problems) {
        Map<String, Long> parts = new java.util.HashMap<>();
        documents.forEach(d -> parts.merge(d.file(), 1L, Long::sum));
        Map<String, List<Integer>> byContent = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d.kind() != DocumentKind.DVH_IMAGE || (d.plan() != PlanKind.THREE_D && d.plan() != PlanKind.IMRT)
                    || parts.get(d.file()) > 1) {
                continue; // a packet's pages (one file, several documents) are told apart by the packet reader
            }
            String digest = digest(folder, d.file());
            if (digest != null) {
                byContent.computeIfAbsent(digest, k -> new ArrayList<>()).add(i);
            }
        }
        List<Document> out = null;
        for (List<Integer> same : byContent.values()) {
            boolean both = same.stream().map(i -> documents.get(i).plan()).distinct().count() > 1;
            if (!both) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(documents);
            }
            List<String> names = same.stream().map(i -> documents.get(i).file()).toList();
            for (int i : same) {
                Document d = documents.get(i);
                String others = String.join(", ", names.stream().filter(n -> !n.equals(d.file())).toList());
                out.set(i, new Document(d.file(), d.kind(), null, d.color(), d.pages(), d.state(),
                        d.note() + "; the same picture as " + others + ", so it cannot show both plans"));
            }
            problems.add(new Problem(names.get(0), "is the same picture as " + String.join(", ", names.subList(1, names.size()))
                    + " (identical files), sent once for the 3D plan and once for the IMRT plan: one picture cannot show"
                    + " both plans, so neither counts until the provider sends the missing plan's DVH"));
        }
        return out == null ? documents : out;
    }

    /** Single-file 3D and IMRT colour pictures that are one picture saved twice (decision 0441). */
    private static List<Document> sameContent(Path folder, List<Document> documents, List<DvhCurve> curves,
                                              List<Problem> problems) {
        Map<String, Long> parts = new java.util.HashMap<>();
        documents.forEach(d -> parts.merge(d.file(), 1L, Long::sum));
        List<Integer> threeD = new ArrayList<>();
        List<Integer> imrt = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d.kind() != DocumentKind.DVH_IMAGE || parts.get(d.file()) > 1 || !Boolean.TRUE.equals(d.color())) {
                continue;
            }
            if (d.plan() == PlanKind.THREE_D) {
                threeD.add(i);
            } else if (d.plan() == PlanKind.IMRT) {
                imrt.add(i);
            }
        }
        if (threeD.isEmpty() || imrt.isEmpty()) {
            return documents;
        }
        Map<String, PictureLikeness.Signature> signatures = new java.util.HashMap<>();
        List<Document> out = null;
        int pairs = 0;
        for (int a : threeD) {
            for (int b : imrt) {
                Document d3 = documents.get(a);
                Document dImrt = documents.get(b);
                if (curvesShowTwoPlans(curves, d3.file(), dImrt.file()) || pairs++ >= MAX_PAIRS) {
                    continue;
                }
                PictureLikeness.Signature s3 = signatures.computeIfAbsent(d3.file(), f -> signature(folder, f));
                PictureLikeness.Signature sImrt = signatures.computeIfAbsent(dImrt.file(), f -> signature(folder, f));
                double likeness = s3 == null || sImrt == null ? Double.NaN : PictureLikeness.likeness(s3, sImrt);
                if (!(likeness >= SAME_PICTURE)) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(documents);
                }
                String share = Math.round(likeness * 100) + " %";
                out.set(a, unplanned(out.get(a), dImrt.file(), share));
                out.set(b, unplanned(out.get(b), d3.file(), share));
                problems.add(new Problem(d3.file(), "shows the same picture as " + dImrt.file() + " (saved again with other"
                        + " bytes: " + share + " of its coloured curve marks lie where the other's do), sent once for the"
                        + " 3D plan and once for the IMRT plan: one picture cannot show both plans, so neither counts until"
                        + " the provider sends the missing plan's DVH"));
            }
        }
        return out == null ? documents : out;
    }

    private static Document unplanned(Document d, String other, String share) {
        return new Document(d.file(), d.kind(), null, d.color(), d.pages(), d.state(),
                d.note() + "; the same picture as " + other + " saved again (" + share + " of its curve marks alike), so it"
                        + " cannot show both plans");
    }

    /**
     * The two pictures' digitised curves already show two different plans: structures named in both whose
     * mean doses lie more than {@link #CURVES_APART_GY} apart, at least two of them (or the only one shared).
     */
    static boolean curvesShowTwoPlans(List<DvhCurve> curves, String fileA, String fileB) {
        Map<String, Double> a = means(curves, fileA);
        Map<String, Double> b = means(curves, fileB);
        int shared = 0;
        int apart = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                shared++;
                if (Math.abs(other - e.getValue()) > CURVES_APART_GY) {
                    apart++;
                }
            }
        }
        return shared > 0 && apart >= Math.min(2, shared);
    }

    /** Mean dose (area under the cumulative DVH) of each named digitised curve of one picture. */
    private static Map<String, Double> means(List<DvhCurve> curves, String file) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (DvhCurve c : curves) {
            String name = c.structure() == null ? "" : c.structure().strip().toLowerCase(java.util.Locale.ROOT);
            if (!c.digitised() || !file.equals(c.sourceFile()) || name.isEmpty() || name.startsWith("unassigned")
                    || c.size() < 2) {
                continue;
            }
            double area = 0;
            for (int i = 1; i < c.size(); i++) {
                area += (c.volumeAt(i) + c.volumeAt(i - 1)) / 2 * (c.doseAt(i) - c.doseAt(i - 1));
            }
            out.putIfAbsent(name, area / 100);
        }
        return out;
    }

    private static PictureLikeness.Signature signature(Path folder, String name) {
        try {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > MAX_BYTES) {
                return null;
            }
            DecodedImage d = ImageDecoder.decode(file);
            return d.damaged() ? null : PictureLikeness.of(d.argb(), d.sampleWidth(), d.sampleHeight());
        } catch (IOException | ImageDecoder.ImageException | RuntimeException e) {
            return null;
        }
    }

    private static String digest(Path folder, String name) {
        try {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > MAX_BYTES) {
                return null; // a figure inside a PDF ("packet.pdf p.3 fig.1"), a link, or too large to compare
            }
            return org.imrtreview.cache.ResultCache.sha256(file); // null when it cannot be read
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
