package org.imrtreview.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.imrtreview.review.AppliedReview;

/**
 * The {@code review} object of {@code evaluate --format json}: whether the nurse's saved work was
 * applied and what of it (decision 0140). No member identifiers and no free text she typed.
 */
final class ReviewJson {

    private ReviewJson() {
    }

    static ObjectNode of(ObjectMapper mapper, AppliedReview a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("applied", a.applied());
        o.put("summary", a.summary());
        strings(o.putArray("cellEdits"), a.cellEdits());
        strings(o.putArray("checklistOverrides"), a.checklistOverrides());
        o.put("requestDetailsTyped", a.requestDetailsTyped());
        ObjectNode structures = o.putObject("structureChoices");
        a.structureChoices().forEach(structures::put);
        ObjectNode roles = o.putObject("planRoles");
        a.planRoles().forEach((plan, role) -> roles.put(plan, role.name()));
        strings(o.putArray("digitisedPictures"), a.digitisedPictures());
        if (a.decision() == null) {
            o.putNull("decision");
        } else {
            o.put("decision", a.decision());
        }
        o.put("decisionOverridesRecommendation", a.decisionOverridesRecommendation());
        o.put("decisionOutdated", a.decisionOutdated());
        strings(o.putArray("requestDetailsMissing"), a.requestDetailsMissing());
        if (a.recommendedAction() == null) {
            o.putNull("recommendedAction");
        } else {
            o.put("recommendedAction", a.recommendedAction());
        }
        strings(o.putArray("notices"), a.notices());
        return o;
    }

    static String write(ObjectNode tree, boolean asciiOnly) {
        ObjectMapper mapper = JsonOutput.mapper();
        if (asciiOnly) {
            mapper.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
        }
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the evaluation as JSON", e);
        }
    }

    /** The text output's lines about the saved review. */
    static String text(AppliedReview a) {
        StringBuilder out = new StringBuilder("Review: ").append(a.summary()).append('\n');
        a.cellEdits().forEach(e -> out.append("  - corrected: ").append(e).append('\n'));
        a.checklistOverrides().forEach(e -> out.append("  - checklist set by reviewer: ").append(e).append('\n'));
        a.notices().forEach(n -> out.append("  ! ").append(n).append('\n'));
        if (!a.requestDetailsMissing().isEmpty()) {
            out.append("Request details missing: ").append(String.join(", ", a.requestDetailsMissing()))
                    .append(" — no approval until they are entered (workstation: Case ▸ Request details).\n");
        }
        return out.append('\n').toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
