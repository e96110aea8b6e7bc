package org.imrtreview.review;

import java.util.ArrayList;
import java.util.List;
import org.imrtreview.model.Request;

/**
 * What an approval must name and the request may not yet say: the member (name and ID), the
 * requested codes and the prescription (total dose and fractions). A bare fax packet has none of
 * them until the nurse types them from the cover sheet; until then the screen asks for them
 * instead of offering "may approve" (decision 0143).
 */
public final class RequestReadiness {

    private RequestReadiness() {
    }

    /** The missing details in words, in form order; empty when an approval could name them all. */
    public static List<String> missing(Request r) {
        List<String> out = new ArrayList<>();
        Request request = r == null ? Request.empty() : r;
        if (request.member() == null || blank(request.member().name())) {
            out.add("member name");
        }
        if (request.member() == null || blank(request.member().id())) {
            out.add("member ID");
        }
        if (request.requestedCodes() == null || request.requestedCodes().stream().allMatch(RequestReadiness::blank)) {
            out.add("requested codes");
        }
        if (request.prescription() == null || request.prescription().totalDoseGy() == null
                || request.prescription().fractions() == null) {
            out.add("prescription (dose and fractions)");
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
