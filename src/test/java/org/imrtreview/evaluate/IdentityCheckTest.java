package org.imrtreview.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.imrtreview.intake.IdentityLines;
import org.imrtreview.model.IdentityClaim;
import org.imrtreview.model.Problem;
import org.imrtreview.model.Request;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Margaret T. Ellison | Ellison, Margaret T.  | true
            Margaret T. Ellison | ELLISON^MARGARET      | true
            Margaret T. Ellison | Margaret Ellison      | true
            Margaret T. Ellison | M. Ellison            | true
            Margaret T. Ellison | Mrs. Margaret Ellison | true
            José Núñez          | Jose Nunez            | true
            Margaret T. Ellison | Margaret R. Ellison   | false
            Harold T. Vennerby  | Doe, John             | false
            Margaret T. Ellison | Margaret Ellisson     | false
            Margaret T. Ellison | P. Ellison            | false
            """)
    void namesAreMatchedTolerantly(String member, String evidence, boolean same) {
        assertEquals(same, IdentityCheck.namesMatch(member, evidence));
    }

    @Test
    void idsMatchAfterSeparatorsAndDatesExactly() {
        Request r = request("Harold T. Vennerby", "QWP-551830274", LocalDate.of(1951, 7, 19));
        assertEquals(List.of(), IdentityCheck.check(r, List.of(
                new IdentityClaim("a.pdf", "page 1", "Vennerby, Harold", "qwp 551830274", LocalDate.of(1951, 7, 19)))));
        List<Problem> p = IdentityCheck.check(r, List.of(
                new IdentityClaim("b.pdf", "page 2", "Harold Vennerby", "QWP551830275", LocalDate.of(1951, 7, 18))));
        assertEquals(1, p.size());
        assertEquals("b.pdf", p.get(0).file());
        assertEquals(true, p.get(0).message().contains("member ID and date of birth"));
    }

    @Test
    void aNumericIdWhoseLeadingZerosWereDroppedIsTheSameIdButAZeroInsideALetteredIdIsNot() {
        Request numeric = request("Harold T. Vennerby", "0048213307", LocalDate.of(1951, 7, 19));
        assertEquals(List.of(), IdentityCheck.check(numeric, List.of(
                new IdentityClaim("a.pdf", "page 1", "Vennerby, Harold", "48213307", LocalDate.of(1951, 7, 19)))));
        assertEquals(1, IdentityCheck.check(numeric, List.of(
                new IdentityClaim("b.pdf", "page 1", "Vennerby, Harold", "48213308", LocalDate.of(1951, 7, 19)))).size());
        Request lettered = request("Harold T. Vennerby", "ZRH330218856", LocalDate.of(1951, 7, 19));
        assertEquals(1, IdentityCheck.check(lettered, List.of(
                new IdentityClaim("c.pdf", "page 1", "Vennerby, Harold", "ZRH0330218856", LocalDate.of(1951, 7, 19)))).size());
    }

    @Test
    void labelledLinesAreReadAndProseIsNot() {
        List<IdentityClaim> c = IdentityLines.find("f.pdf", "page 1",
                "Patient: Harold T. Vennerby    DOB: 07/19/1951    Member ID: QWP551830274\n"
                        + "The patient is a 75-year-old man.\nPatient: presents with urinary symptoms 3 months");
        assertEquals(1, c.size());
        assertEquals("Harold T. Vennerby", c.get(0).name());
        assertEquals("QWP551830274", c.get(0).id());
        assertEquals(LocalDate.of(1951, 7, 19), c.get(0).dateOfBirth());
        assertEquals("Doe, John", IdentityLines.find("x.txt", "export header",
                "Patient Name         : Doe, John\nPatient ID           : 00012345").get(0).name());
        assertEquals(null, IdentityLines.find("x.txt", "export header", "Patient ID : 00012345").isEmpty() ? null : "claim",
                "a hospital record number is not a member ID");
    }

    /**
     * Decision 0560: a member ID read by OCR within OCR's error of the request's is not held (0131), but one whose
     * differing character no look-alike explains ("48213307" read "48213807": another member's ID one digit off reads
     * the same) is a note to look at the page; look-alikes alone (O for 0, S for 5) stay silent.
     */
    @Test
    void aMemberIdReadByOcrOneDigitOffIsANoteNotSilence() {
        Request r = request("Dana Whitfield", "W48213307", LocalDate.of(1957, 3, 14));
        List<Problem> digitOff = IdentityCheck.check(r, List.of(new IdentityClaim("fax.pdf", "page 1 (read by OCR)",
                "Dana Whitfield", "W48213807", LocalDate.of(1957, 3, 14), false)));
        assertEquals(1, digitOff.size(), digitOff::toString);
        assertEquals(null, digitOff.get(0).code(), "a note, not a hold");
        org.junit.jupiter.api.Assertions.assertTrue(digitOff.get(0).message().contains("close to the request's"),
                digitOff.get(0).message());
        List<Problem> lookAlike = IdentityCheck.check(r, List.of(new IdentityClaim("fax.pdf", "page 1 (read by OCR)",
                "Dana Whitfield", "W482133O7", LocalDate.of(1957, 3, 14), false)));
        assertEquals(List.of(), lookAlike);
        List<Problem> farOff = IdentityCheck.check(r, List.of(new IdentityClaim("fax.pdf", "page 1 (read by OCR)",
                "Dana Whitfield", "W71130265", LocalDate.of(1957, 3, 14), false)));
        assertEquals(org.imrtreview.model.ProblemCode.MEMBER_MISMATCH, farOff.get(0).code());
    }

    private static Request request(String name, String id, LocalDate dob) {
        return new Request("PA-1", null, null, new Request.Member(name, id, dob, null), null, null, null, null, null, null,
                null, null, null);
    }
}
