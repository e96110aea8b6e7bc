package org.imrtreview.intake.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrtreview.evaluate.Evaluator;
import org.imrtreview.intake.CaseLoader;
import org.imrtreview.model.Determination;
import org.imrtreview.model.DocumentKind;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.RowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-criterion of the packet work: a case folder holding only a fax packet PDF (sample 11)
 * reaches the same determination, row verdicts and documentation checklist as the same case
 * submitted as separate files (sample 03).
 */
class PacketSampleEndToEndTest {
    private static final Path SEPARATE = Path.of("samples/03-lung-v20-csv-criteria-met");
    private static final Path PACKET = Path.of("samples/11-lung-fax-packet");
    private static final String PACKET_FILE = "fax_packet_PA-2026-004203.pdf";

    private static Evaluation evaluate(Path folder) throws Exception {
        return Evaluator.standard().evaluate(CaseLoader.standard().readOnly().load(folder));
    }

    private static List<String> verdicts(Evaluation e) {
        return e.rows().stream().map(PacketSampleEndToEndTest::verdict).toList();
    }

    private static String verdict(RowResult r) {
        return r.row().organ() + " " + r.constraint().canonical() + " 3D=" + r.dose3d() + " IMRT=" + r.doseImrt()
                + " only=" + r.onlyImrtMeets() + " answer=" + r.submittedAnswer();
    }

    @TempDir
    Path onlyThePacket;

    @Test
    void folderHoldingOnlyThePacketReachesTheSameDeterminationAsSeparateFiles() throws Exception {
        Files.copy(PACKET.resolve(PACKET_FILE), onlyThePacket.resolve(PACKET_FILE));
        Evaluation separate = evaluate(SEPARATE);
        Evaluation packet = evaluate(onlyThePacket);
        assertEquals(Determination.CRITERIA_MET, separate.determination());
        assertEquals(separate.determination(), packet.determination());
        assertEquals(verdicts(separate), verdicts(packet));
        assertEquals(separate.missing(), packet.missing());
    }

    @Test
    void sampleWithItsRequestMetadataAlsoMeetsTheCriteria() throws Exception {
        Evaluation sample = evaluate(PACKET);
        assertEquals(evaluate(SEPARATE).determination(), sample.determination());
        assertEquals(verdicts(evaluate(SEPARATE)), verdicts(sample));
    }

    @Test
    void packetDocumentsCarryTheirPageRanges() throws Exception {
        Evaluation packet = evaluate(PACKET);
        List<String> parts = packet.documents().stream()
                .filter(d -> d.file().endsWith(".pdf"))
                .map(d -> d.kind() + "@" + d.pages())
                .toList();
        assertEquals(List.of("OTHER@1", "CLINICAL_HISTORY@2", "CHART_NOTES@3", "SUMMARY_TABLE@4", "IMAGING_REPORT@5",
                "DVH_IMAGE@6", "DVH_IMAGE@7"), parts);
        assertTrue(packet.documents().stream().anyMatch(d -> d.kind() == DocumentKind.DVH_IMAGE
                && d.plan() == org.imrtreview.model.PlanKind.THREE_D && Boolean.TRUE.equals(d.color())));
    }
}
