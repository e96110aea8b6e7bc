package org.imrtreview.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrtreview.model.IdentityClaim;

/**
 * Finds who a text says it is about: "Patient Name : Doe, John" (Eclipse), "Patient: Harold T.
 * Vennerby    DOB: 1951-07-19    Member ID: QWP551830274" (a clinical PDF's header), a fax cover
 * sheet's "RE: …" (when it has a name's shape, see {@link #subjectName}) / "Member name: …". Only labelled values are read, never free prose. A value ends at
 * two spaces, a bar, a semicolon, " - " or the next label. Hospital record numbers ("Patient ID",
 * "MRN") are not member IDs and are not compared (decision 0131); member/subscriber IDs are.
 */
public final class IdentityLines {

    /** Lines read at most per text: identity sits in headers, and this keeps the work bounded. */
    static final int MAX_LINES = 400;
    private static final int MAX_LINE = 400;

    private static final String END = "(?=\\s{2,}|\\t|\\s*[|;]|\\s+-\\s|$|\\s+(?i:dob|d\\.o\\.b\\.|date\\s+of\\s+birth|"
            + "birth\\s*date|member\\s*(?:id|#|number|no)|subscriber|mrn|id|sex|gender|age|date|account|acct|plan|"
            + "attending|provider|physician|phone|tel|fax|encounter|visit|room|dos)\\b\\.?\\s*[:#])";
    private static final Pattern NAME = Pattern.compile(
            "(?i:\\b(?:patient(?:'s)?\\s*name|patient|member\\s*name|member|subscriber\\s*name|name\\s+of\\s+patient))"
                    + "\\s*[:=]\\s*([A-Za-z\\p{L}][\\p{L}'.,^\\- ]{1,80}?)" + END);
    private static final Pattern MEMBER_ID = Pattern.compile(
            "(?i:\\b(?:member\\s*(?:id|#|number|no\\.?)|subscriber\\s*(?:id|#|number)|health\\s*plan\\s*id|insurance\\s*id))"
                    + "\\s*[:=#]?\\s*([A-Za-z0-9][A-Za-z0-9\\- ]{2,30}?)" + END);
    private static final Pattern DOB = Pattern.compile(
            "(?i:\\b(?:dob|d\\.o\\.b\\.|date\\s*of\\s*birth|birth\\s*date|birthdate))\\s*[:=]?\\s*"
                    + "([0-9A-Za-z][0-9A-Za-z ,./\\-]{5,20}?)" + END);
    /** A fax cover sheet's subject line: "RE: Moreno, Alvin D. - IMRT request", "Regarding: Alvin Moreno (DOB …)". */
    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s*(?i:re|regarding)\\s*:\\s*(?i:(?:patient|member|pt\\.?)\\s*:?\\s+)?"
                    + "([\\p{Lu}][\\p{L}'.,\\- ]{2,60}?)(?=\\s{2,}|\\t|\\s*[|;(/]|\\s+[-\u2013\u2014]\\s|,?\\s+(?i:dob|d\\.o\\.b\\.|"
                    + "date\\s+of\\s+birth|member|id)\\b|$)");
    /**
     * A labelled diagnosis line and the ICD-10 code right after its label: "Referring diagnosis: C34.11 Malignant …",
     * "Diagnosis: C61", "Dx: C50.912", "ICD-10: C71.1", "Primary diagnosis (ICD-10): C15.5" (decision 0502).
     */
    private static final Pattern DIAGNOSIS = Pattern.compile(
            "(?i:\\b(?:(?:referring|primary|principal|admitting|working|treating|clinical)\\s+)?(?:diagnosis|diagnoses|dx)"
                    + "(?:\\s+codes?)?(?:\\s*\\(\\s*icd-?10(?:-cm)?\\s*\\))?|\\bicd-?10(?:-cm)?(?:\\s+codes?)?)"
                    + "\\s*[:#=]\\s*([A-TV-Z][0-9]{2}(?:\\.[0-9A-Z]{1,4})?)(?![0-9A-Za-z]|\\.[0-9A-Za-z])");
    /** Further neoplasm codes on a diagnosis line ("Dx: C34.90, C79.31"). */
    private static final Pattern MORE_CODES = Pattern.compile(
            "(?<![A-Za-z0-9.])([CD][0-9]{2}(?:\\.[0-9A-Z]{1,4})?)(?![0-9A-Za-z]|\\.[0-9A-Za-z])");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}'\\-]*\\.?,?");
    /** Words of a subject line that say what it is about rather than whom (it is then not a name). */
    private static final java.util.Set<String> SUBJECT_WORDS = java.util.Set.of("imrt", "request", "requests", "prior",
            "authorization", "authorisation", "preauthorization", "preauth", "auth", "treatment", "radiation", "radiotherapy",
            "therapy", "oncology", "plan", "plans", "review", "referral", "records", "record", "medical", "clinical", "notes",
            "fax", "urgent", "expedited", "stat", "case", "appeal", "dvh", "dvhs", "summary", "table", "consult",
            "consultation", "letter", "cover", "information", "documents", "documentation", "cancer", "new", "additional",
            "attn", "attention", "health", "insurance", "services", "utilization", "management", "department", "pages",
            "submission", "resubmission", "intensity", "modulated", "vmat", "crt", "pa", "rx", "patient", "member",
            "precertification", "precert", "approval", "denial", "determination", "peer", "to", "update", "follow", "up",
            "brain", "lung", "lungs", "prostate", "head", "neck", "breast", "spine", "spinal", "pelvis", "pelvic", "rectal",
            "esophagus", "esophageal", "tumor", "tumour", "mri", "ct", "pet", "scan", "scans", "report", "reports", "results",
            "imaging", "radiology", "pathology", "biopsy", "history", "note", "progress", "visit", "glioblastoma",
            "carcinoma", "metastases", "mets", "dose", "doses", "constraints", "physics", "dosimetry", "recap", "please",
            "see", "attached", "enclosed", "our", "your", "reference", "ref", "claim", "number");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i).*\\b(id|number|dob|birth|plan|position|setup|dose|gy|cgy|orientation|sex|age)\\b.*|.*\\d.*");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("M-d-uuuu", Locale.ROOT),
            // day first, as most of the world writes it: only reached when month first is no date ("14/06/1955")
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
            DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH));

    /** Year first or year last, three numbers: the only shapes judged "no calendar date" (two-digit years are not). */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\b(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\b");
    private static final Pattern YEAR_LAST = Pattern.compile("\\b(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})\\b");

    private IdentityLines() {
    }

    /** The claims in {@code text} (one per line that names someone), {@code where} e.g. "page 2". */
    public static List<IdentityClaim> find(String file, String where, String text) {
        List<IdentityClaim> claims = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return claims;
        }
        int n = 0;
        String name = null;
        String id = null;
        LocalDate dob = null;
        boolean dobNoDate = false;
        List<String> diagnoses = new ArrayList<>();
        List<String> diagnosisWords = new ArrayList<>();
        for (String raw : text.split("\\R", MAX_LINES + 1)) {
            if (++n > MAX_LINES) {
                break;
            }
            String line = raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE) : raw;
            line = line.replace('\u00A0', ' ').replaceFirst("^\\s*#\\s*", "");
            String lineName = group(NAME, line);
            if (lineName != null) {
                lineName = lineName.strip().replaceAll("[,.]+$", "");
                if (NOT_A_NAME.matcher(lineName).matches() || lineName.length() < 3) {
                    lineName = null;
                }
            }
            if (lineName == null) {
                lineName = subjectName(group(SUBJECT, line));
            }
            String lineId = group(MEMBER_ID, line);
            if (lineId != null && !lineId.matches(".*\\d.*")) {
                lineId = null; // "Member ID: see attached" is no identifier
            }
            Matcher dx = DIAGNOSIS.matcher(line);
            if (dx.find()) {
                List<String> codes = new ArrayList<>(List.of(dx.group(1)));
                Matcher more = MORE_CODES.matcher(line.substring(dx.end()));
                int wordsFrom = dx.end();
                while (more.find()) {
                    codes.add(more.group(1));
                    wordsFrom = dx.end() + more.end();
                }
                codes.stream().filter(c -> !diagnoses.contains(c)).forEach(diagnoses::add);
                String words = line.substring(wordsFrom).strip();
                if (!words.isEmpty()) {
                    diagnosisWords.add(words); // what the line says the code is (decision 0526)
                }
            }
            String dobText = group(DOB, line);
            LocalDate lineDob = date(dobText);
            if (lineDob == null && noCalendarDate(dobText)) {
                dobNoDate = true;
            }
            name = name == null ? lineName : name;
            id = id == null ? lineId : id;
            dob = dob == null ? lineDob : dob;
            if (lineName != null && !lineName.equals(name) || lineId != null && !lineId.equals(id)
                    || lineDob != null && !lineDob.equals(dob)) {
                // a second, different identity in the same text: keep both
                claims.add(new IdentityClaim(file, where, lineName, lineId, lineDob));
            }
        }
        IdentityClaim first = new IdentityClaim(file, where, name, id, dob, dob == null && dobNoDate, diagnoses,
                diagnosisWords);
        if (!first.isEmpty()) {
            claims.add(0, first);
        }
        return claims;
    }

    /**
     * The subject line's value when it has the shape of a person's name — two to four capitalised words
     * (initials allowed), none of them a word subjects are made of ("IMRT Prior Authorization") — else
     * null: a subject line is free text, and a false finding on every case would teach nurses to ignore it.
     * A single word ("RE: Moreno") is not compared.
     */
    static String subjectName(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replaceAll("[,.]+$", "");
        String[] words = v.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        int full = 0;
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return null;
            }
            String plain = w.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (SUBJECT_WORDS.contains(plain)) {
                return null;
            }
            if (plain.length() > 1 && plain.length() <= 4 && w.replaceAll("[^\\p{L}]", "").equals(
                    w.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT)) && !v.contains(",")) {
                return null; // "RE: CT Chest": an acronym, not a name written in capitals ("MORENO, ALVIN")
            }
            full += plain.length() > 1 ? 1 : 0;
        }
        return full >= 2 ? v : null;
    }

    private static String group(Pattern p, String line) {
        Matcher m = p.matcher(line);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * True when {@code s} is written as a date with a four-digit year ("1955-06-41", "06/41/1955") whose
     * other two numbers are no month and day in either order: no reading of it is a real date.
     */
    static boolean noCalendarDate(String s) {
        if (s == null) {
            return false;
        }
        Matcher m = YEAR_FIRST.matcher(s);
        int y;
        int a;
        int b;
        if (m.find()) {
            y = Integer.parseInt(m.group(1));
            a = Integer.parseInt(m.group(2));
            b = Integer.parseInt(m.group(3));
        } else {
            m = YEAR_LAST.matcher(s);
            if (!m.find()) {
                return false;
            }
            a = Integer.parseInt(m.group(1));
            b = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        }
        return !monthAndDay(y, a, b) && !monthAndDay(y, b, a);
    }

    private static boolean monthAndDay(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("[.,]$", "");
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
