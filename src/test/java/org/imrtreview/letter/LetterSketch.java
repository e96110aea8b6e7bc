package org.imrtreview.letter;

import org.imrtreview.letter.content.*;

class LetterSketch {
    public static void main(String[] a) {
        LetterComposer composer = new LetterComposer(LetterAssets.bundled());
        Reviewer nurse = Reviewer.parse("Dana Whitfield, RN", "1-800-555-0160");
        Object[][] runs = {
            {LetterFixtures.brainCase("PA-2026-000123", "Maria García", "ECH-100234567"), LetterFixtures.criteriaMet(), LetterKind.APPROVAL},
            {LetterFixtures.brainCase("PA-2026-000124", "Maria García", "ECH-100234567"), LetterFixtures.incomplete(), LetterKind.REQUEST_INFO},
            {LetterFixtures.lungCase(org.imrtreview.model.Request.LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(), LetterKind.DENIAL_DRAFT},
            {LetterFixtures.lungCase(org.imrtreview.model.Request.LineOfBusiness.MEDICARE_ADVANTAGE), LetterFixtures.criteriaNotMet(), LetterKind.DENIAL_DRAFT},
            {LetterFixtures.lungCase(org.imrtreview.model.Request.LineOfBusiness.MEDICAID), LetterFixtures.criteriaNotMet(), LetterKind.DENIAL_DRAFT},
        };
        for (Object[] r : runs) {
            LetterOutcome o = composer.compose((org.imrtreview.model.ReviewCase) r[0], (org.imrtreview.model.Evaluation) r[1],
                    ReviewerDecision.of((LetterKind) r[2], nurse), LetterFixtures.LETTER_DATE);
            if (o instanceof LetterOutcome.Ready ready) {
                System.out.println("==== " + r[2] + " " + ready.content().readability().summary() + " warnings " + ready.content().warnings());
                if (a.length > 0 && a[0].equals("text")) System.out.println(ready.content().plainText());
                if (a.length > 0 && a[0].equals("pdf")) {
                    try {
                        String name = a[1] + "/" + ((LetterKind) r[2]).templateName() + "-" + ((org.imrtreview.model.ReviewCase) r[0]).request().plan().line() + ".pdf";
                        if (a.length > 2) { for (int k = 0; k < Integer.parseInt(a[2]); k++) { long t1 = System.nanoTime(); new org.imrtreview.letter.pdf.LetterPdfRenderer().render(ready.content()); System.out.println("  warm " + (System.nanoTime() - t1) / 1_000_000 + " ms"); } }
                        long t0 = System.nanoTime();
                        byte[] pdf = new org.imrtreview.letter.pdf.LetterPdfRenderer().render(ready.content());
                        System.out.println("rendered " + name + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms, " + pdf.length + " bytes");
                        java.nio.file.Files.write(java.nio.file.Path.of(name), pdf);
                    } catch (java.io.IOException e) { throw new RuntimeException(e); }
                }
            } else {
                System.out.println(o);
            }
        }
    }
}
