package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.imrtreview.digitize.LegendOcrOff;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 20: a file name naming another member is a blocking finding; document, site and provider names are not (0286). */
@ExtendWith(LegendOcrOff.class)
class FileNameIdentityTest {

    private static final Request REQUEST = new Request("PA-2026-004117", null, null,
            new Request.Member("Margaret T. Ellison", "ZRH448120917", LocalDate.of(1963, 4, 2), null), null,
            new Request.Provider("Daniel R. Okafor, MD", "1588667430", null, null, null, null),
            new Request.Provider("Priya Natarajan, MD", null, null, null, null, null),
            null, null, null, null, null, null);

    @ParameterizedTest
    @ValueSource(strings = {"Doe_John_DVH.pdf", "John Doe - IMRT plan.xlsx", "Vennerby_Harold_T_summary_table.csv",
            "sub/Doe_John_Eclipse_DVH.txt", "ZRH448120918_plan.xlsx", "DVH_ZRH998120917.txt"})
    void anotherMembersNameOrIdInAFileNameIsAFinding(String file) {
        IdentityClaim c = FileNameIdentity.claim(file, REQUEST);
        assertTrue(c != null, file + " states an identity");
        List<Problem> p = IdentityCheck.check(REQUEST, List.of(c));
        assertEquals(1, p.size(), file);
        assertEquals(ProblemCode.MEMBER_MISMATCH, p.get(0).code());
        assertTrue(p.get(0).message().contains("(file name)"), p.get(0).message());
        assertTrue(!p.get(0).message().contains("Doe") && !p.get(0).message().contains("ZRH"), "no identifier in the sentence");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ellison_Margaret_DVH.pdf", "Margaret Ellison IMRT plan.xlsx", "ZRH448120917_plan.xlsx",
            "Ellison_Margaret_T_summary.xlsx"})
    void theMembersOwnNameOrIdAgrees(String file) {
        IdentityClaim c = FileNameIdentity.claim(file, REQUEST);
        assertTrue(c != null, file);
        assertEquals(List.of(), IdentityCheck.check(REQUEST, List.of(c)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summary_Analysis_3D_vs_IMRT.xlsx", "Consultation_History.pdf", "Progress_Note.pdf",
            "Delgado_IMRT_constraints.xlsx", "Okafor_DVH.pdf", "Okafor_Daniel_DVH.pdf", "Natarajan Priya plan.pdf",
            "Eclipse_DVH_IMRT.txt", "Left_Parotid_DVH.png", "Optic_Chiasm_constraints.xlsx", "Brain_Stem_DVH.png",
            "fax_PA-2026-004203.pdf", "consult_2026-10-28.pdf", "20261028_DVH.pdf", "PA2026004117_plan.xlsx",
            "1588667430_DVH.pdf", "HA-WBRT summary.xlsx", "NPC_summary_table.xlsx", "Document_1.pdf", "request.json",
            "Cascade Radiation Oncology DVH.pdf", "Spinal_Cord_PRV_DVH.png", "Head_Neck_IMRT_plan.pdf"})
    void documentSiteOrganDateCaseAndProviderNamesAreNotIdentities(String file) {
        assertNull(FileNameIdentity.claim(file, REQUEST), file);
    }

    @Test
    void everySampleCaseStaysFreeOfFileNameFindings() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                if (!Files.exists(dir.resolve("request.json"))) {
                    continue;
                }
                ReviewCase rc = CaseLoader.standard().readOnly().load(dir);
                assertEquals(List.of(), FileNameIdentity.check(rc), dir.toString());
            }
        }
    }

    @Test
    void aCaseWithAnotherMembersExportByFileNameIsHeld(@TempDir Path tmp) throws Exception {
        Path c = tmp.resolve("case");
        Files.createDirectories(c);
        try (Stream<Path> s = Files.list(Path.of("samples", "01-brain-glioblastoma-criteria-met"))) {
            for (Path p : s.toList()) {
                Files.copy(p, c.resolve(p.getFileName()));
            }
        }
        Files.move(c.resolve("progress_notes.pdf"), c.resolve("Doe_John_progress_notes.pdf"));
        ReviewCase rc = CaseLoader.standard().load(c);
        Evaluation e = Evaluator.standard().evaluate(rc);
        assertTrue(e.problems().stream().anyMatch(p -> p.code() == ProblemCode.MEMBER_MISMATCH
                && p.file().equals("Doe_John_progress_notes.pdf")), e.problems().toString());
        assertEquals(org.imrtreview.model.Determination.INCOMPLETE, e.determination());
    }
}
