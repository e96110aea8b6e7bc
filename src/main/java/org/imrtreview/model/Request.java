package org.imrtreview.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request metadata ({@code request.json}, SPEC §3). Every field may be null (the nurse can type
 * what is missing); fields this version does not know are kept in {@code other} and written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Request(String requestId, OffsetDateTime receivedAt, Urgency urgency, Member member,
                      HealthPlan plan, Provider requestingProvider, Provider treatingProvider,
                      List<Diagnosis> diagnosis, String treatmentSite, Prescription prescription,
                      List<String> requestedCodes, LocalDate plannedStart,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {

    public Request {
        other = other == null ? new LinkedHashMap<>() : other;
    }

    public static Request empty() {
        return new Request(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public enum Urgency { STANDARD, EXPEDITED }

    public enum LineOfBusiness { COMMERCIAL, MEDICARE_ADVANTAGE, MEDICAID }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String name, String id, LocalDate dateOfBirth, List<String> address) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HealthPlan(String name, LineOfBusiness line) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provider(String name, String npi, String facility, List<String> address, String phone, String fax) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Diagnosis(String code, String description) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Prescription(Double totalDoseGy, Integer fractions) {
        /** Dose per fraction in Gy, or null when either part is unknown. */
        public Double dosePerFractionGy() {
            return totalDoseGy == null || fractions == null || fractions == 0 ? null : totalDoseGy / fractions;
        }
    }
}
