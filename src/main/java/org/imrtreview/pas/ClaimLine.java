package org.imrtreview.pas;

/**
 * One service line of the Claim a case answers: its sequence, the CPT/HCPCS code and the units asked
 * (null when the Claim states none). What the window lists for a decision line by line (decision 0288).
 */
public record ClaimLine(int sequence, String code, Integer requestedUnits) {
}
