package org.imrtreview.letter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.imrtreview.letter.LetterFixtures;
import org.imrtreview.model.Evaluation;
import org.imrtreview.model.Request;
import org.imrtreview.model.Request.LineOfBusiness;
import org.imrtreview.model.Request.Urgency;
import org.imrtreview.model.ReviewCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LetterComposerTest {

    private static final LetterComposer COMPOSER = new LetterComposer(LetterAssets.bundled());
    private static final Reviewer NURSE = Reviewer.parse("Dana Whitfield, RN", "1-800-555-0160");

    static LetterContent compose(ReviewCase c, Evaluation e, LetterKind kind) {
        LetterOutcome o = COMPOSER.compose(c, e, ReviewerDecision.of(kind, NURSE), LetterFixtures.LETTER_DATE);
        return assertInstanceOf(LetterOutcome.Ready.class, o, () -> o.toString()).content();
    }

    static ReviewCase brain() {
        return LetterFixtures.brainCase("PA-2026-000123", "Maria García", "ECH-100234567");
    }

    @ParameterizedTest(name = "member name \"{0}\", ID \"{1}\", request \"{2}\" → blocked: {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL        | ECH-1 | PA-1 | member name
            '   '       | ECH-1 | PA-1 | member name
            null        | ECH-1 | PA-1 | member name
            Ana Ruiz    | NULL  | PA-1 | member ID
            Ana Ruiz    | ''    | PA-1 | member ID
            Ana Ruiz    | ECH-1 | NULL | request ID
            NULL        | NULL  | NULL | member name; member ID; request ID
            """)
    void aLetterMissingAnIdentifierIsBlockedWithTheList(String name, String id, String requestId, String expected) {
        ReviewCase c = brain().withRequest(LetterFixtures.request(requestId, name, id, LineOfBusiness.COMMERCIAL,
                Urgency.STANDARD, "Brain", List.of("77301")));
        for (LetterKind kind : LetterKind.values()) {
            LetterOutcome o = COMPOSER.compose(c, LetterFixtures.incomplete(), ReviewerDecision.of(kind, NURSE),
                    LetterFixtures.LETTER_DATE);
            LetterOutcome.Blocked blocked = assertInstanceOf(LetterOutcome.Blocked.class, o);
            assertEquals(expected, String.join("; ", blocked.missing()));
            assertTrue(blocked.message().contains(expected), blocked.message());
        }
    }

    @Test
    void aRequestWithoutMemberOrProviderOrCodesListsEverythingMissing() {
        ReviewCase c = brain().withRequest(Request.empty());
        LetterOutcome.Blocked b = assertInstanceOf(LetterOutcome.Blocked.class, COMPOSER.compose(c,
                LetterFixtures.criteriaMet(), ReviewerDecision.of(LetterKind.APPROVAL, new Reviewer(null, null, null)),
                LetterFixtures.LETTER_DATE));
        assertEquals(List.of("member name", "member ID", "request ID", "requesting provider name",
                "requested service codes (CPT/HCPCS)", "reviewer name and credentials (for example \"Dana Whitfield, RN\")"), b.missing());
    }

    /**
     * Decision 0444: sample 03's request with the 3D codes 77295 and 77412 instead of IMRT codes made an approval
     * letter saying "Your request for IMRT is approved" under "CPT 77295 A service not described in our IMRT policy".
     */
    @Test
    void anImrtDecisionAboutCodesNoneOfWhichIsImrtIsBlocked() {
        ReviewCase threeD = brain().withRequest(LetterFixtures.request("PA-6", "Ana Ruiz", "ECH-6", LineOfBusiness.COMMERCIAL,
                Urgency.STANDARD, "Brain", List.of("77295", "77412")));
        for (LetterKind kind : List.of(LetterKind.APPROVAL, LetterKind.DENIAL_DRAFT)) {
            Evaluation e = kind == LetterKind.APPROVAL ? LetterFixtures.criteriaMet() : LetterFixtures.criteriaNotMet();
            LetterOutcome o = COMPOSER.compose(threeD, e, ReviewerDecision.of(kind, NURSE), LetterFixtures.LETTER_DATE);
            List<String> missing = assertInstanceOf(LetterOutcome.Blocked.class, o, o::toString).missing();
            assertEquals(1, missing.size(), missing.toString());
            assertTrue(missing.get(0).startsWith("IMRT service codes in the request: it names only 77295, 77412"), missing.get(0));
        }
        // asking the provider is still possible, and one IMRT code among others is no finding
        assertInstanceOf(LetterOutcome.Ready.class, COMPOSER.compose(threeD, LetterFixtures.incomplete(),
                ReviewerDecision.of(LetterKind.REQUEST_INFO, NURSE), LetterFixtures.LETTER_DATE));
        ReviewCase mixed = brain().withRequest(LetterFixtures.request("PA-6", "Ana Ruiz", "ECH-6", LineOfBusiness.COMMERCIAL,
                Urgency.STANDARD, "Brain", List.of("77295", "77386")));
        assertInstanceOf(LetterOutcome.Ready.class, COMPOSER.compose(mixed, LetterFixtures.criteriaMet(),
                ReviewerDecision.of(LetterKind.APPROVAL, NURSE), LetterFixtures.LETTER_DATE));
    }

    /**
     * Decision 0476: sample 01's approval read "Health plan: Blue Summit Health PPO" under the "Evergreen Cascade
     * Health Plan" letterhead — a member could take it for a letter from the wrong plan. Each is said for what it
     * is when they differ; the plan's own members' letters keep the one line.
     */
    @Test
    void theMembersPlanUnderAnotherLetterheadIsSaidForWhatItIs() {
        LetterContent other = assertInstanceOf(LetterOutcome.Ready.class, COMPOSER.compose(brain(), LetterFixtures.criteriaMet(),
                ReviewerDecision.of(LetterKind.APPROVAL, NURSE), LetterFixtures.LETTER_DATE)).content();
        assertEquals("Evergreen Cascade Health Plan", other.letterhead().planName());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        other.reference().forEach(f -> fields.put(f.label(), f.value()));
        assertEquals("Evergreen Choice PPO", fields.get("Member's health plan"), fields.toString());
        assertEquals("Evergreen Cascade Health Plan (\u201cwe\u201d in this letter)", fields.get("Reviewed by"));
        assertTrue(!fields.containsKey("Health plan"), fields.toString());

        Request own = LetterFixtures.request("PA-7", "Ana Ruiz", "ECH-7", LineOfBusiness.COMMERCIAL, Urgency.STANDARD, "Brain",
                List.of("77301", "77338", "77386"));
        own = new Request(own.requestId(), own.receivedAt(), own.urgency(), own.member(),
                new Request.HealthPlan("  evergreen cascade  health plan", LineOfBusiness.COMMERCIAL), own.requestingProvider(),
                own.treatingProvider(), own.diagnosis(), own.treatmentSite(), own.prescription(), own.requestedCodes(),
                own.plannedStart(), null);
        LetterContent same = assertInstanceOf(LetterOutcome.Ready.class, COMPOSER.compose(brain().withRequest(own),
                LetterFixtures.criteriaMet(), ReviewerDecision.of(LetterKind.APPROVAL, NURSE), LetterFixtures.LETTER_DATE)).content();
        List<String> labels = same.reference().stream().map(Block.Field::label).toList();
        assertTrue(labels.contains("Health plan") && !labels.contains("Reviewed by") && !labels.contains("Member's health plan"),
                labels.toString());
    }

    @Test
    void aReviewerWithoutCredentialsBlocksTheLetter() {
        LetterOutcome o = COMPOSER.compose(brain(), LetterFixtures.criteriaMet(),
                ReviewerDecision.of(LetterKind.APPROVAL, Reviewer.parse("Dana Whitfield", null)), LetterFixtures.LETTER_DATE);
        assertEquals(List.of("reviewer credentials (for example RN or MD after the name)"),
                assertInstanceOf(LetterOutcome.Blocked.class, o).missing());
    }

    @Test
    void aRequestForInformationNeedsSomethingToAskFor() {
        LetterOutcome o = COMPOSER.compose(brain(), LetterFixtures.criteriaMet(),
                ReviewerDecision.of(LetterKind.REQUEST_INFO, NURSE), LetterFixtures.LETTER_DATE);
        assertTrue(assertInstanceOf(LetterOutcome.Blocked.class, o).missing().get(0).startsWith("items to request"));
    }

    @Test
    void noComposedLetterContainsNullOrAnEmptyPlaceholder() {
        for (LetterKind kind : LetterKind.values()) {
            for (LineOfBusiness line : LineOfBusiness.values()) {
                Evaluation e = kind == LetterKind.REQUEST_INFO ? LetterFixtures.incomplete()
                        : kind == LetterKind.APPROVAL ? LetterFixtures.criteriaMet() : LetterFixtures.criteriaNotMet();
                String text = compose(LetterFixtures.lungCase(line), e, kind).plainText();
                assertFalse(text.toLowerCase().contains("null"), kind + " " + line);
                assertFalse(text.contains("{{") || text.contains("}}"), kind + " " + line);
            }
        }
    }

    @Test
    void approvalCarriesADeterministicAuthorizationNumberAndValidityFromThePlannedStart() {
        LetterContent a = compose(brain(), LetterFixtures.criteriaMet(), LetterKind.APPROVAL);
        String auth = AuthorizationNumber.forRequest("PA-2026-000123");
        assertTrue(auth.matches("AUTH-[0-9A-Z]{5}-[0-9A-Z]{5}"), auth);
        assertTrue(a.plainText().contains("Authorization number: " + auth));
        // planned start December 7, 2026 (after the letter date) + 180 days, inclusive
        assertTrue(a.plainText().contains("Valid: December 7, 2026 through June 4, 2027"), a.plainText());
        assertEquals(auth, AuthorizationNumber.forRequest(" pa-2026-000123 "));
        assertNotEquals(auth, AuthorizationNumber.forRequest("PA-2026-000124"));
    }

    @ParameterizedTest(name = "{0} {1} → due {2}")
    @CsvSource(textBlock = """
            COMMERCIAL,         STANDARD,  'January 10, 2027',  45 days
            MEDICARE_ADVANTAGE, STANDARD,  'December 6, 2026',  10 days
            MEDICAID,           STANDARD,  'December 6, 2026',  10 days
            COMMERCIAL,         EXPEDITED, 'November 28, 2026', 48 hours
            MEDICARE_ADVANTAGE, EXPEDITED, 'November 28, 2026', 48 hours
            """)
    void theDueDateFollowsThePlanAndUrgency(LineOfBusiness line, Urgency urgency, String due, String window) {
        ReviewCase c = brain().withRequest(LetterFixtures.request("PA-9", "Ana Ruiz", "ECH-9", line, urgency, "Brain",
                List.of("77301", "77338", "77386")));
        String text = compose(c, LetterFixtures.incomplete(), LetterKind.REQUEST_INFO).plainText();
        assertTrue(text.contains("Please send it by " + due + ". That is " + window + " from the date of this letter."), text);
        assertTrue(text.contains("Please send by: " + due), text);
        assertEquals(urgency == Urgency.EXPEDITED, text.contains("fast (expedited) review"));
    }

    @Test
    void theRequestForInformationExplainsEachMissingItemAndWhy() {
        String text = compose(brain(), LetterFixtures.incomplete(), LetterKind.REQUEST_INFO).plainText();
        assertTrue(text.contains("The dose each organ would get with the 3D plan."), text);
        assertTrue(text.contains("Missing for: Brainstem."), text);
        assertTrue(text.contains("Color copies of the DVH graphs."), text);
        assertTrue(text.contains("In black and white, we cannot tell the lines"), text);
        assertTrue(text.contains("Reports of imaging tests"), text);
        assertTrue(text.contains("fax to 1-800-555-0143"), text);
        assertTrue(text.contains("PO Box 4410"), text);
    }

    @Test
    void theDenialDraftGivesTheMemberSpecificReasonWithTheNumbers() {
        LetterContent d = compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(),
                LetterKind.DENIAL_DRAFT);
        String text = d.memberText();
        assertTrue(text.contains("Spinal cord: the limit is Max < 45 Gy. The 3D plan gives 38.5 Gy and the IMRT plan gives 36 Gy. "
                + "Both plans stay within the limit"), text);
        assertTrue(text.contains("Esophagus: the limit is Mean < 34 Gy. The 3D plan gives 36.2 Gy and the IMRT plan gives 35.1 Gy. "
                + "Neither plan stays within the limit"), text);
        assertTrue(text.contains("Heart: the limit is V25Gy < 10%. The 3D plan gives 7.5% and the IMRT plan gives 6%."), text);
        assertTrue(text.contains("criterion II"), text);
        assertTrue(d.isDraft());
        assertTrue(d.plainText().contains("Physician reviewer: not yet reviewed"), d.plainText());
        assertTrue(d.plainText().contains("Prepared by: Dana Whitfield, RN"));
    }

    @Test
    void aDenialOfACaseWhereOnlyImrtMeetsALimitDoesNotSayNoOrganNeedsIt() {
        // decision 0602: the tour's denial of sample 07 (referred against its recommendation) listed "Brainstem: … Only
        // the IMRT plan stays within the limit." and then "For none of these organs was the IMRT plan the only plan"
        String draft = compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaMet(),
                LetterKind.DENIAL_DRAFT).memberText();
        assertTrue(draft.contains("Only the IMRT plan stays within the limit."), draft);
        assertFalse(draft.contains("For none of these organs"), draft);
        assertTrue(draft.contains("Our physician reviewer will give the reason for this decision before this letter is sent."),
                draft);
        LetterSigning signing = new LetterSigning(Reviewer.parse("Samuel Ortiz, DO", "1-800-555-0199"),
                LetterFixtures.LETTER_DATE, "The target coverage of the IMRT plan is not acceptable.");
        for (LineOfBusiness line : LineOfBusiness.values()) {
            LetterOutcome o = COMPOSER.compose(LetterFixtures.lungCase(line), LetterFixtures.criteriaMet(),
                    new ReviewerDecision(LetterKind.DENIAL_DRAFT, Reviewer.parse("Dana Whitfield, RN", null), signing),
                    LetterFixtures.LETTER_DATE);
            LetterContent signed = assertInstanceOf(LetterOutcome.Ready.class, o).content();
            assertFalse(signed.memberText().contains("For none of these organs"), line + ": " + signed.memberText());
            assertTrue(signed.memberText().contains("Our physician reviewer still decided that IMRT is not medically necessary"),
                    line + ": " + signed.memberText());
            assertTrue(signed.plainText().contains("The target coverage of the IMRT plan is not acceptable."), line.toString());
        }
        String notMet = compose(LetterFixtures.lungCase(LineOfBusiness.MEDICARE_ADVANTAGE), LetterFixtures.criteriaNotMet(),
                LetterKind.DENIAL_DRAFT).memberText();
        assertTrue(notMet.contains("For none of these organs was the IMRT plan the only plan to meet a published limit."), notMet);
    }

    @Test
    void aDraftNamesNoPhysicianEvenWhenAPhysicianPreparesIt() {
        LetterOutcome o = COMPOSER.compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(),
                ReviewerDecision.of(LetterKind.DENIAL_DRAFT, Reviewer.parse("Samuel Ortiz, DO", "1-800-555-0199")),
                LetterFixtures.LETTER_DATE);
        LetterContent c = assertInstanceOf(LetterOutcome.Ready.class, o).content();
        String text = c.plainText();
        assertTrue(c.isDraft(), "only a recorded uphold signs a denial");
        assertFalse(text.contains("Physician reviewer: Samuel Ortiz"), text);
        assertTrue(text.contains("Your doctor can call our physician reviewer at 1-800-555-0150"), text);
    }

    @Test
    void anUpheldDenialIsSignedByThePhysicianWhoUpheldItAndIsNoDraft() {
        LetterSigning signing = new LetterSigning(Reviewer.parse("Samuel Ortiz, DO", "1-800-555-0199"),
                LetterFixtures.LETTER_DATE, "The 3D plan meets every cited limit.");
        LetterOutcome o = COMPOSER.compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(),
                new ReviewerDecision(LetterKind.DENIAL_DRAFT, Reviewer.parse("Dana Whitfield, RN", null), signing),
                LetterFixtures.LETTER_DATE);
        LetterContent c = assertInstanceOf(LetterOutcome.Ready.class, o).content();
        String text = c.plainText();
        assertFalse(c.isDraft());
        assertTrue(text.contains("Physician reviewer: Samuel Ortiz, DO"), text);
        assertTrue(text.contains("can call Samuel Ortiz at 1-800-555-0199"), text);
        assertTrue(text.contains("Prepared by: Dana Whitfield, RN"), text);
        assertTrue(text.contains("Physician reviewer's rationale (Samuel Ortiz, DO): The 3D plan meets every cited limit."), text);
    }

    @Test
    void aDenialCannotBeSignedByAnyoneButAPhysician() {
        LetterSigning signing = new LetterSigning(Reviewer.parse("Dana Whitfield, RN", null), LetterFixtures.LETTER_DATE, "x");
        LetterOutcome o = COMPOSER.compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(),
                new ReviewerDecision(LetterKind.DENIAL_DRAFT, Reviewer.parse("Dana Whitfield, RN", null), signing),
                LetterFixtures.LETTER_DATE);
        LetterOutcome.Blocked blocked = assertInstanceOf(LetterOutcome.Blocked.class, o);
        assertTrue(blocked.message().contains("physician credentials (MD or DO)"), blocked.message());
    }

    @ParameterizedTest
    @EnumSource(LineOfBusiness.class)
    void eachLineOfBusinessGetsItsOwnAppealRights(LineOfBusiness line) {
        String text = compose(LetterFixtures.lungCase(line), LetterFixtures.criteriaNotMet(), LetterKind.DENIAL_DRAFT).plainText();
        switch (line) {
            case COMMERCIAL -> {
                assertTrue(text.contains("within 180 days after you get this letter"), text);
                assertTrue(text.contains("section 502(a) of ERISA"), text);
                assertTrue(text.contains("independent review organization (IRO)"), text);
            }
            case MEDICARE_ADVANTAGE -> {
                assertTrue(text.contains("Notice of Denial of Medical Coverage"), text);
                assertTrue(text.contains("within 65 days of the date of this notice"), text);
                assertTrue(text.contains("Independent Review Entity"), text);
                assertTrue(text.contains("1-800-MEDICARE"), text);
                assertFalse(text.contains("502(a)"), text);
            }
            case MEDICAID -> {
                assertTrue(text.contains("within 60 days of the date of this letter"), text);
                assertTrue(text.contains("state hearing"), text);
                assertFalse(text.contains("502(a)"), text);
            }
        }
        assertTrue(text.contains("72 hours"), "expedited appeal");
    }

    @Test
    void lettersThatDifferFromTheRecommendationCarryAWarning() {
        LetterContent c = compose(brain(), LetterFixtures.criteriaNotMet(), LetterKind.APPROVAL);
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("differs from the evaluation's recommendation")), c.warnings()
                .toString());
        assertTrue(compose(brain(), LetterFixtures.criteriaMet(), LetterKind.APPROVAL).warnings().isEmpty());
    }

    @Test
    void aMissingLineOfBusinessOrAddressIsAWarningNotABlank() {
        Request r = LetterFixtures.request("PA-5", "Ana Ruiz", "ECH-5", null, null, null, List.of("77301", "99999"));
        r = new Request(r.requestId(), r.receivedAt(), null, new Request.Member("Ana Ruiz", "ECH-5", null, null),
                null, r.requestingProvider(), null, null, null, null, r.requestedCodes(), null, null);
        LetterContent c = compose(brain().withRequest(r), LetterFixtures.criteriaMet(), LetterKind.APPROVAL);
        assertEquals(4, c.warnings().size(), c.warnings().toString());
        assertTrue(c.plainText().contains("the area your doctor plans to treat") || c.plainText().contains("IMRT (intensity-modulated"));
        assertTrue(c.plainText().contains("call us if you have questions about this code"), "unknown code 99999 still explained");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void theDefaultTemplatesReadAtFleschFiftyOrMore(LetterKind kind) {
        Evaluation e = kind == LetterKind.REQUEST_INFO ? LetterFixtures.incomplete()
                : kind == LetterKind.APPROVAL ? LetterFixtures.criteriaMet() : LetterFixtures.criteriaNotMet();
        for (LineOfBusiness line : LineOfBusiness.values()) {
            Readability r = compose(LetterFixtures.lungCase(line), e, kind).readability();
            assertTrue(r.readingEase() >= 50, kind + " " + line + ": " + r.summary());
            assertTrue(r.words() > 300, "the score covers the whole member-facing letter: " + r.summary());
        }
    }

    @Test
    void readabilityIsMeasuredOnMemberTextOnly() {
        LetterContent d = compose(LetterFixtures.lungCase(LineOfBusiness.COMMERCIAL), LetterFixtures.criteriaNotMet(),
                LetterKind.DENIAL_DRAFT);
        assertFalse(d.memberText().contains("dose-volume constraints for organs at risk"), "provider section excluded");
        assertFalse(d.memberText().contains("ATENCIÓN"), "taglines excluded");
        assertTrue(d.plainText().contains("ATENCIÓN"));
        assertEquals(Readability.of(d.memberText()), d.readability());
    }

    @Test
    void theLetterDateIsPrintedInLongForm() {
        LetterContent c = compose(brain(), LetterFixtures.criteriaMet(), LetterKind.APPROVAL);
        assertEquals("November 26, 2026", c.dateText());
        assertEquals(LocalDate.of(2026, 11, 26), c.date());
    }
}
