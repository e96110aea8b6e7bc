package org.imrtreview.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrtreview.model.Document;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.PlanKind;
import org.imrtreview.model.Problem;

/**
 * One picture sent twice, once named for the 3D plan and once for the IMRT plan, is not a comparison
 * of two plans (decision 0403). Without this check, sample 03 with its VMAT picture copied over the
 * 3D-CRT one satisfied "Comparative 3D and IMRT DVH images" and stayed CRITERIA_MET. Pictures whose
 * files are byte for byte the same, and that were taken for different plans, lose their plan: the
 * checklist then lacks the plan nobody sent, and a note names both files.
 */
final class SamePictures {
    /** Pictures larger than this are not compared (ImageHandler refuses 150 MB; DVH pictures are far smaller). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private SamePictures() {
    }

    /** {@code documents} with the plans of same-content 3D/IMRT pictures removed; notes go into {@code problems}. */
    static List<Document> apart(Path folder, List<Document> documents, List<Problem> problems) {
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
