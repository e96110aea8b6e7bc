package org.imrtreview.pas;

import org.imrtreview.files.WholeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.imrtreview.letter.content.AuthorizationNumber;
import org.imrtreview.letter.content.LetterComposer;
import org.imrtreview.letter.content.LetterContent;
import org.imrtreview.letter.content.LetterOutcome;
import org.imrtreview.letter.content.MissingItems;
import org.imrtreview.letter.content.ReviewerDecision;
import org.imrtreview.letter.content.ServiceLine;
import org.imrtreview.letter.pdf.LetterPdfRenderer;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;

/**
 * Answers a case that arrived as a PAS bundle: the letter for the decision (composed and rendered
 * as the {@code letter} command does), the PAS response Bundle and the X12 278 response text. The
 * request bundle kept in the case ({@link PasInbox#SOURCE_BUNDLE}) supplies the identifiers to echo.
 */
public final class PasResponder {

    /** Both forms of the response, and the letter. */
    public record Response(String fhirJson, String x12, byte[] letterPdf, PasDecision decision, String reviewNumber) {

        /** The audit trail's words for this response ("PAS response written"). */
        public String auditDetail() {
            return "X12 278 HCR " + decision.action().code() + " " + decision.action().display() + lines(decision)
                    + ", review number " + reviewNumber;
        }

        /** The FHIR bundle to {@code json} and the X12 278 beside it ({@code .x12}), each written whole or not at all. */
        public Path write(Path json) throws IOException {
            Path x12File = x12Beside(json);
            writeWhole(json, fhirJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            writeWhole(x12File, x12.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return x12File;
        }
    }

    /** " (line 1 A1, line 2 A6 25 units, line 3 A3)" for a decision by line, else "". */
    public static String lines(PasDecision decision) {
        if (!decision.byLine()) {
            return "";
        }
        return decision.items().stream().map(i -> "line " + i.sequence() + " " + i.action().code()
                + (i.units() == null ? "" : " " + i.units() + " units")).collect(java.util.stream.Collectors.joining(", ", " (", ")"));
    }

    /** {@code response.json} → {@code response.x12}. */
    public static Path x12Beside(Path json) {
        String name = json.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return json.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".x12");
    }

    private static void writeWhole(Path target, byte[] bytes) throws IOException {
        WholeFiles.replace(target, bytes, ".pas-");
    }

    /** Whether the case in {@code folder} arrived as a PAS bundle (and so can be answered with one). */
    public static boolean arrivedAsBundle(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve(PasInbox.SOURCE_BUNDLE));
    }

    private final LetterComposer composer;
    private final ReasonCodes reasonCodes;

    public PasResponder(LetterComposer composer, ReasonCodes reasonCodes) {
        this.composer = composer;
        this.reasonCodes = reasonCodes;
    }

    public Response respond(ReviewCase reviewCase, Evaluation evaluation, PasDecision decision, OffsetDateTime now,
                            String senderId, String receiverId) throws PasException {
        PasBundle source = sourceBundle(reviewCase.folder());
        Request request = reviewCase.request();
        if (request == null || request.requestId() == null) {
            throw new PasException("the case has no request ID; the response cannot name the request it answers");
        }
        String reviewNumber = AuthorizationNumber.forRequest(request.requestId());
        LocalDate today = now.toLocalDate();
        LocalDate from = request.plannedStart() != null && request.plannedStart().isAfter(today) ? request.plannedStart() : today;
        LocalDate to = from.plusDays(composer.assets().settings().approvalValidityDays() - 1L);
        byte[] pdf = null;
        String title = null;
        List<String> reasons = new ArrayList<>();
        List<ServiceLine> serviceLines = decision.byLine() ? serviceLines(source, decision) : List.of();
        if (decision.letter() != null) {
            boolean signed = decision.action() == ReviewAction.NOT_CERTIFIED || decision.byLine();
            LetterOutcome outcome = composer.compose(reviewCase, evaluation,
                    new ReviewerDecision(decision.letter(), decision.decidedBy(), signed ? decision.signing() : null,
                            serviceLines), today);
            if (outcome instanceof LetterOutcome.Blocked blocked) {
                throw new PasException("the " + decision.letter().title() + " letter is blocked; the case lacks: "
                        + String.join("; ", blocked.missing()));
            }
            LetterContent content = ((LetterOutcome.Ready) outcome).content();
            try {
                pdf = new LetterPdfRenderer().render(content);
            } catch (IOException e) {
                throw new PasException("the letter could not be rendered: " + e.getMessage());
            }
            title = switch (decision.action()) {
                case CERTIFIED -> "Approval letter";
                case NOT_CERTIFIED -> "Denial letter";
                case CERTIFIED_PARTIAL, MODIFIED -> "Partial denial letter";
                case PENDED -> "Request for information";
            };
        }
        List<PasResponseInput.MissingItem> missing = new ArrayList<>();
        if (decision.pend() == PasDecision.Pend.ADDITIONAL_INFORMATION) {
            for (String word : evaluation.missing()) {
                for (String sentence : MissingItems.describeWords(List.of(word), evaluation.rows(), evaluation.checklist())) {
                    missing.add(new PasResponseInput.MissingItem(word, sentence));
                }
            }
            // which limit applies to an organ whose cited limit is another organ's (decision 0574)
            MissingItems.rowQuestions(evaluation.rows())
                    .forEach(sentence -> missing.add(new PasResponseInput.MissingItem("constraint", sentence)));
            reasons.add("More information is needed to decide this request:");
            missing.forEach(m -> reasons.add(m.sentence()));
            if (missing.isEmpty()) {
                reasons.addAll(evaluation.reasons());
            }
        } else if (decision.pend() == PasDecision.Pend.PHYSICIAN_REVIEW) {
            reasons.add("The request does not meet the medical policy on first review and has been referred to a physician reviewer.");
        } else if (decision.byLine()) {
            reasons.add("Decided service line by service line by " + decision.decidedBy().signature() + ": "
                    + decision.items().stream().map(i -> "line " + i.sequence() + " " + i.action().display().toLowerCase(java.util.Locale.ROOT)
                    + (i.units() == null ? "" : " (" + i.units() + " units)")).collect(java.util.stream.Collectors.joining(", ")) + ".");
        } else if (decision.action() == ReviewAction.NOT_CERTIFIED) {
            reasons.add("Not medically necessary under the plan's medical policy, criterion II, as decided by "
                    + decision.decidedBy().signature() + ":");
            reasons.addAll(evaluation.reasons());
        } else {
            reasons.add("The request meets the plan's medical policy for IMRT.");
        }
        PasResponseInput input = new PasResponseInput(request, decision, reviewNumber, from, to, reasons, missing, pdf, title, now);
        ClaimResponseWriter writer = new ClaimResponseWriter(source, reasonCodes);
        ObjectNode bundle = writer.write(input);
        String json;
        try {
            json = PasImporter.MAPPER.writeValueAsString(bundle);
        } catch (IOException e) {
            throw new PasException("the response could not be written: " + e.getMessage());
        }
        int control = Math.floorMod(reviewNumber.hashCode(), 1_000_000_000);
        String x12 = new X12Response278().write(input, source, senderId, receiverId, control, writer.reasonCode(decision),
                a -> writer.reasonCode(decision, a));
        return new Response(json, x12, pdf, decision, reviewNumber);
    }

    /**
     * Each Claim item's line for the letter, checked against the Claim: every item decided once,
     * none that the Claim does not have, fewer units than requested for a line certified in part.
     */
    static List<ServiceLine> serviceLines(PasBundle source, PasDecision decision) throws PasException {
        List<ServiceLine> lines = new ArrayList<>();
        java.util.Set<Integer> sequences = new java.util.LinkedHashSet<>();
        int n = 0;
        for (JsonNode item : source.ofType("Claim").get(0).path("item")) {
            n++;
            int seq = item.path("sequence").asInt(n);
            sequences.add(seq);
            ItemDecision d = decision.item(seq);
            if (d == null) {
                continue;
            }
            String code = item.path("productOrService").path("coding").path(0).path("code").asText("");
            JsonNode qty = item.path("quantity").path("value");
            Integer requested = qty.isNumber() ? qty.asInt() : null;
            if (d.units() != null && (requested == null || d.units() >= requested)) {
                throw new PasException("service line " + seq + " asks for " + (requested == null ? "no stated number of" : requested)
                        + " units: certifying " + d.units() + " is not fewer (certify it in total with " + seq + "=approve)");
            }
            lines.add(new ServiceLine(code.isBlank() ? "line " + seq : code, d.certified(), d.units(), requested));
        }
        List<Integer> unknown = decision.items().stream().map(ItemDecision::sequence).filter(s -> !sequences.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new PasException("the Claim has no service line " + unknown + " (its lines: " + sequences + ")");
        }
        List<Integer> undecided = sequences.stream().filter(s -> decision.item(s) == null).toList();
        if (!undecided.isEmpty()) {
            throw new PasException("every service line must be decided; not decided: " + undecided + " (give --item for each)");
        }
        return lines;
    }

    /** The service lines of the Claim the case in {@code caseFolder} answers, in the Claim's order. */
    public static List<ClaimLine> claimLines(Path caseFolder) throws PasException {
        List<ClaimLine> lines = new ArrayList<>();
        int n = 0;
        for (JsonNode item : sourceBundle(caseFolder).ofType("Claim").get(0).path("item")) {
            n++;
            JsonNode qty = item.path("quantity").path("value");
            String code = item.path("productOrService").path("coding").path(0).path("code").asText("");
            lines.add(new ClaimLine(item.path("sequence").asInt(n), code.isBlank() ? null : code, qty.isNumber() ? qty.asInt() : null));
        }
        return lines;
    }

    /** The request bundle kept in the case when it was imported. */
    static PasBundle sourceBundle(Path caseFolder) throws PasException {
        Path file = caseFolder.resolve(PasInbox.SOURCE_BUNDLE);
        if (!Files.isRegularFile(file)) {
            throw new PasException("this case did not arrive as a PAS bundle (no " + PasInbox.SOURCE_BUNDLE
                    + " in " + caseFolder.getFileName() + "): there is no electronic request to answer");
        }
        try {
            JsonNode tree = PasImporter.MAPPER.readTree(file.toFile());
            if (tree instanceof ObjectNode o && "Parameters".equals(o.path("resourceType").asText())) {
                for (JsonNode p : o.path("parameter")) {
                    if ("Bundle".equals(p.path("resource").path("resourceType").asText())) {
                        tree = p.path("resource");
                    }
                }
            }
            if (!(tree instanceof ObjectNode bundle) || new PasBundle(bundle).ofType("Claim").size() != 1) {
                throw new PasException(PasInbox.SOURCE_BUNDLE + " in the case no longer holds one Claim");
            }
            return new PasBundle(bundle);
        } catch (IOException e) {
            throw new PasException(PasInbox.SOURCE_BUNDLE + " in the case could not be read: " + e.getMessage());
        }
    }
}
