package org.imrtreview.evaluate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.imrtreview.constraint.OrganName;
import org.imrtreview.constraint.OrganNames;
import org.imrtreview.model.Problem;
import org.imrtreview.model.ProblemCode;
import org.imrtreview.model.Request;
import org.imrtreview.model.ReviewCase;
import org.imrtreview.model.SummaryRow;
import org.imrtreview.model.SummaryTable;

/**
 * Is the summary table about the body region the request names (decision 0463)? A lung case's table filed
 * under a prostate request is another case's (or another patient's) evidence, and its rows must not decide.
 *
 * <p>Conservative by construction. The request's regions come from its ICD-10 codes and its treatment-site
 * text (their union); a code this table does not place, or one that can be anywhere (bone and skin
 * metastases, lymphoma, soft-tissue sarcoma, an unknown primary), turns the check off, and so does a request
 * that places nothing. Each table organ has the regions it is a planning organ at risk in, as many as it has
 * (the brainstem is a brain and a head-and-neck organ; the oesophagus a head-and-neck and a thoracic one);
 * organs of every region (spinal cord and canal, skin, body) and names the catalogue does not know count
 * neither way. The finding needs all of: a known request region, at least two distinct region-specific
 * organs in the table, and none of the table's organs fitting any of the request's regions.
 *
 * <p>The two tables below are the data; decision 0463 lists the sources of each choice.
 */
public final class SiteCheck {

    /** Coarse planning regions: an organ's region is where it is contoured as an organ at risk. */
    public enum Region {
        BRAIN("brain"), HEAD_NECK("head and neck"), THORAX("chest"), ABDOMEN("abdomen"), PELVIS("pelvis");

        private final String words;

        Region(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private static final Set<Region> SPINE = EnumSet.of(Region.HEAD_NECK, Region.THORAX, Region.ABDOMEN, Region.PELVIS);
    private static final Set<Region> PELVIC = EnumSet.of(Region.PELVIS, Region.ABDOMEN);
    /** A code or site word that places the treatment nowhere in particular: no check. */
    private static final Set<Region> ANYWHERE = EnumSet.noneOf(Region.class);

    /**
     * ICD-10 prefixes (longest prefix wins) to regions. Pelvic primaries include the abdomen (nodal fields up
     * the para-aortic chain bring kidneys and bowel); the oesophagus and stomach reach into the chest; the
     * vertebral column is every region but the brain. An empty set means "anywhere": no check.
     */
    private static final Map<String, Set<Region>> CODES = new LinkedHashMap<>();
    /** Organ catalogue keys (TG-263 stems, {@link OrganName#organ()}) to regions; absent = every region. */
    private static final Map<String, Set<Region>> ORGANS = new LinkedHashMap<>();
    /** Site words in {@code treatmentSite} to regions, tried in order; empty set = anywhere. */
    private static final Map<Pattern, Set<Region>> SITE_WORDS = new LinkedHashMap<>();

    static {
        Set<Region> hn = EnumSet.of(Region.HEAD_NECK);
        Set<Region> brain = EnumSet.of(Region.BRAIN);
        Set<Region> brainHn = EnumSet.of(Region.BRAIN, Region.HEAD_NECK);
        Set<Region> thorax = EnumSet.of(Region.THORAX);
        Set<Region> hnThorax = EnumSet.of(Region.HEAD_NECK, Region.THORAX);
        Set<Region> abdomen = EnumSet.of(Region.ABDOMEN);
        Set<Region> thoraxAbdomen = EnumSet.of(Region.THORAX, Region.ABDOMEN);
        Set<Region> esophagus = EnumSet.of(Region.HEAD_NECK, Region.THORAX, Region.ABDOMEN);

        // --- ICD-10 chapter II (neoplasms) ---
        for (int c = 0; c <= 14; c++) {
            code(String.format(Locale.ROOT, "C%02d", c), hn);             // lip, oral cavity, pharynx
        }
        code("C15", esophagus);                                          // oesophagus: cervical to GE junction
        code("C16", thoraxAbdomen);                                      // stomach (cardia beside the heart)
        code("C17", PELVIC);                                             // small intestine
        code("C18", PELVIC);                                             // colon
        code("C19", PELVIC);
        code("C20", PELVIC);                                             // rectum
        code("C21", PELVIC);                                             // anus
        code("C22", thoraxAbdomen);                                      // liver (dome under heart and lung)
        code("C23", abdomen);
        code("C24", abdomen);                                            // biliary
        code("C25", abdomen);                                            // pancreas
        code("C26", abdomen);
        code("C30", hn);                                                 // nasal cavity, middle ear
        code("C31", brainHn);                                            // sinuses (skull base)
        code("C32", hn);                                                 // larynx
        code("C33", hnThorax);                                           // trachea
        code("C34", thorax);                                             // lung
        code("C37", thorax);                                             // thymus
        code("C38", thorax);                                             // heart, mediastinum, pleura
        code("C39", thorax);
        code("C40", ANYWHERE);                                           // bones of limbs
        code("C41", ANYWHERE);
        code("C41.0", brainHn);                                          // skull and face
        code("C41.1", hn);                                               // mandible
        code("C41.2", SPINE);                                            // vertebral column
        code("C41.3", thorax);                                           // ribs, sternum, clavicle
        code("C41.4", PELVIC);                                           // pelvic bones, sacrum, coccyx
        code("C43", ANYWHERE);                                           // melanoma of skin
        code("C44", ANYWHERE);                                           // other skin
        code("C45", ANYWHERE);                                           // mesothelioma
        code("C45.0", thorax);                                           // of pleura
        code("C46", ANYWHERE);                                           // Kaposi
        code("C47", ANYWHERE);                                           // peripheral nerves
        code("C48", PELVIC);                                             // retroperitoneum, peritoneum
        code("C49", ANYWHERE);                                           // soft tissue
        code("C50", thorax);                                             // breast
        for (int c = 51; c <= 58; c++) {
            code("C" + c, PELVIC);                                       // female genital organs
        }
        for (int c = 60; c <= 63; c++) {
            code("C" + c, PELVIC);                                       // male genital organs (C61 prostate)
        }
        code("C64", abdomen);                                            // kidney
        code("C65", abdomen);                                            // renal pelvis
        code("C66", PELVIC);                                             // ureter
        code("C67", PELVIC);                                             // bladder
        code("C68", PELVIC);
        code("C69", brainHn);                                            // eye and orbit
        code("C70", brain);                                              // meninges
        code("C71", brain);                                              // brain
        code("C72", brainHn);                                            // cranial nerves ...
        code("C72.0", SPINE);                                            // ... spinal cord
        code("C72.1", PELVIC);                                           // ... cauda equina
        code("C73", hnThorax);                                           // thyroid
        code("C74", abdomen);                                            // adrenal
        code("C75", ANYWHERE);
        code("C75.1", brainHn);                                          // pituitary
        code("C75.2", brainHn);                                          // craniopharyngeal duct
        code("C75.3", brain);                                            // pineal
        code("C76", ANYWHERE);                                           // ill-defined sites ...
        code("C76.0", hn);
        code("C76.1", thorax);
        code("C76.2", abdomen);
        code("C76.3", PELVIC);
        code("C77", ANYWHERE);                                           // secondary, lymph nodes ...
        code("C77.0", hn);
        code("C77.1", thorax);
        code("C77.2", abdomen);
        code("C77.3", hnThorax);                                         // axilla
        code("C77.4", PELVIC);                                           // inguinal
        code("C77.5", PELVIC);                                           // intrapelvic
        code("C78", ANYWHERE);                                           // secondary, respiratory/digestive ...
        code("C78.0", thorax);
        code("C78.1", thorax);
        code("C78.2", thorax);
        code("C78.3", hnThorax);
        code("C78.4", PELVIC);
        code("C78.5", PELVIC);
        code("C78.6", PELVIC);
        code("C78.7", thoraxAbdomen);                                    // liver
        code("C79", ANYWHERE);                                           // secondary, other sites ...
        code("C79.0", abdomen);                                          // kidney
        code("C79.1", PELVIC);                                           // bladder
        code("C79.3", brain);                                            // brain and meninges
        code("C79.6", PELVIC);                                           // ovary
        code("C79.7", abdomen);                                          // adrenal
        // C79.5 bone, C79.2 skin, C80 unknown primary, C81-C96 lymphoid and blood: not placed (no check)
        code("D32", brain);                                              // meningioma
        code("D33", brainHn);                                            // benign brain, cranial nerves
        code("D35.2", brainHn);                                          // pituitary adenoma
        code("D35.3", brainHn);                                          // craniopharyngioma
        code("D35.4", brain);                                            // pineal
        code("D42", brain);                                              // meninges, uncertain behaviour
        code("D43", brainHn);                                            // brain, uncertain behaviour
        code("D05", thorax);                                             // breast in situ

        // --- Organs at risk (OrganCatalogue keys) ---
        for (String o : List.of("Brainstem", "Brain", "OpticChiasm", "OpticNrv", "OpticPathway", "Cochlea", "Lens",
                "Eye", "Retina", "Lobe_Temporal", "Pituitary")) {
            organ(o, brainHn);                                           // brain plans; nasopharynx, sinus, skull base
        }
        organ("Hippocampus", brain);
        for (String o : List.of("Parotid", "Glnd_Submand", "Musc_Constrict", "Larynx", "OralCavity", "Bone_Mandible",
                "Lips")) {
            organ(o, hn);
        }
        organ("Glnd_Thyroid", hnThorax);                                 // neck; breast and lung-apex fields
        organ("Trachea", hnThorax);
        organ("BrachialPlex", hnThorax);                                 // neck nodes; apical lung, breast nodes
        organ("Esophagus", hnThorax);                                    // neck and chest (also in upper-abdominal plans)
        for (String o : List.of("Bronchus", "Heart", "Pericardium", "GreatVes", "A_LAD", "Chestwall", "Lung", "Breast")) {
            organ(o, thorax);
        }
        organ("A_Aorta", thoraxAbdomen);
        organ("Rib", thoraxAbdomen);                                     // chest; liver and kidney SBRT
        for (String o : List.of("Liver", "Stomach", "Duodenum", "Pancreas", "Spleen")) {
            organ(o, thoraxAbdomen);                                     // upper abdomen; lower-chest plans list them
        }
        for (String o : List.of("Kidney", "Bowel_Small", "Bowel", "Bowel_Large", "Colon")) {
            organ(o, PELVIC);
        }
        for (String o : List.of("Colon_Sigmoid", "Rectum", "Canal_Anal", "Bladder", "PenileBulb", "Genitals", "Urethra",
                "Prostate", "Femur_Head", "Bone_Ilium", "SacralPlex", "CaudaEquina")) {
            organ(o, PELVIC);
        }
        // SpinalCord, SpinalCanal, Skin, External: every region (not listed)

        // --- treatmentSite words ---
        site("bone|bones|osseous|skin|extremit\\w*|limbs?|arm|leg|thigh|hand|foot|knee|shoulder|femur|femoral|"
                + "humer\\w*|total body|multiple|lymphoma|sarcoma", ANYWHERE);
        site("spine|spinal|vertebra\\w*|[ctl]\\d{1,2}\\s*-\\s*[ctls]?\\d{1,2}|paraspinal|sacrum|sacral", SPINE);
        site("brain|cranial|intracranial|cerebr\\w*|glio\\w*|meningioma|pituitary|cns|hippocamp\\w*|posterior fossa",
                brain);
        site("skull base|orbits?|eyes?|ocular", brainHn);
        site("head and neck|head & neck|h&n|oropharynx|oropharyn\\w*|nasopharyn\\w*|hypopharyn\\w*|pharynx|larynx|"
                + "laryn\\w*|tongue|tonsil\\w*|oral|parotid|salivary|sinus\\w*|nasal|thyroid|neck", hn);
        site("esophag\\w*|oesophag\\w*|gastroesophageal|ge junction", esophagus);
        site("lung|chest|thora\\w*|mediastin\\w*|breast|pleura\\w*|thymus|thymoma|bronch\\w*", thorax);
        site("abdomen|abdominal|liver|hepat\\w*|pancrea\\w*|stomach|gastric|biliary|adrenal|kidney|renal|"
                + "retroperitone\\w*|para-?aortic", thoraxAbdomen);
        site("pelvis|pelvic|prostate|prostat\\w*|rectum|rectal|anus|anal|cervix|cervical cancer|uter\\w*|"
                + "endometri\\w*|ovar\\w*|vulva\\w*|vagina\\w*|bladder|gyn\\w*|gynecolog\\w*|colon|sigmoid|"
                + "testi\\w*|seminoma", PELVIC);
    }

    private static void code(String prefix, Set<Region> regions) {
        CODES.put(prefix, regions);
    }

    private static void organ(String key, Set<Region> regions) {
        ORGANS.put(key, regions);
    }

    private static void site(String words, Set<Region> regions) {
        SITE_WORDS.put(Pattern.compile("(?<![a-z0-9])(?:" + words + ")(?![a-z0-9])"), regions);
    }

    private SiteCheck() {
    }

    /** The regions a request places its treatment in; empty when the check does not apply. */
    public static Set<Region> requestRegions(Request request) {
        if (request == null) {
            return Set.of();
        }
        Set<Region> regions = EnumSet.noneOf(Region.class);
        if (request.diagnosis() != null) {
            for (Request.Diagnosis d : request.diagnosis()) {
                if (d == null || d.code() == null || d.code().isBlank()) {
                    continue;
                }
                Optional<Set<Region>> r = codeRegions(d.code());
                if (r.isEmpty() || r.get().isEmpty()) {
                    return Set.of(); // a code we do not place, or one that can be anywhere: no check
                }
                regions.addAll(r.get());
            }
        }
        String site = request.treatmentSite();
        if (site != null && !site.isBlank()) {
            String text = site.toLowerCase(Locale.ROOT);
            for (Map.Entry<Pattern, Set<Region>> e : SITE_WORDS.entrySet()) {
                if (e.getKey().matcher(text).find()) {
                    if (e.getValue().isEmpty()) {
                        return Set.of(); // "bone metastases", "skin", "multiple sites": anywhere
                    }
                    regions.addAll(e.getValue());
                }
            }
        }
        return regions;
    }

    /**
     * The regions the site words of {@code text} name ("Malignant neoplasm of prostate": the pelvis), as the request's
     * treatment site is read; empty when it names none or a site that can be anywhere (decision 0526).
     */
    static Set<Region> siteWordRegions(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (Map.Entry<Pattern, Set<Region>> e : SITE_WORDS.entrySet()) {
            if (e.getKey().matcher(lower).find()) {
                if (e.getValue().isEmpty()) {
                    return Set.of();
                }
                regions.addAll(e.getValue());
            }
        }
        return regions;
    }

    /** The regions an ICD-10 code places the treatment in (empty = anywhere), or empty when not placed at all. */
    static Optional<Set<Region>> codeRegions(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (c.length() > 3 && c.charAt(3) != '.') {
            c = c.substring(0, 3) + "." + c.substring(3); // "C7931" -> "C79.31"
        }
        for (int len = c.length(); len >= 3; len--) {
            Set<Region> r = CODES.get(c.substring(0, len));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The regions an organ name is an organ at risk in; empty when it is of every region or not an organ known. */
    public static Set<Region> organRegions(String organ) {
        Optional<OrganName> name = OrganNames.normalise(organ);
        if (name.isEmpty()) {
            return Set.of();
        }
        Set<Region> r = ORGANS.get(name.get().organ());
        return r == null ? Set.of() : r;
    }

    /** The finding for {@code rc}, or none. Named by the table's file; the sentence names organs and regions only. */
    static List<Problem> check(ReviewCase rc) {
        SummaryTable table = rc.table();
        if (table == null || table.rows().isEmpty()) {
            return List.of();
        }
        Set<Region> requested = requestRegions(rc.request());
        if (requested.isEmpty()) {
            return List.of();
        }
        Map<String, Set<Region>> specific = new LinkedHashMap<>();
        for (SummaryRow row : table.rows()) {
            Optional<OrganName> name = OrganNames.normalise(row.organ());
            if (name.isEmpty()) {
                continue;
            }
            Set<Region> regions = ORGANS.get(name.get().organ());
            if (regions == null) {
                continue; // spinal cord, skin, body: every region
            }
            for (Region r : regions) {
                if (requested.contains(r)) {
                    return List.of(); // one organ of the requested region: the table may well be this case's
                }
            }
            specific.put(name.get().organ(), regions);
        }
        if (specific.size() < 2) {
            return List.of();
        }
        Set<Region> tableRegions = new LinkedHashSet<>();
        specific.values().forEach(tableRegions::addAll);
        List<String> organs = new ArrayList<>(specific.keySet());
        String message = "is a summary table whose organs (" + String.join(", ", organs) + ") are organs at risk of the "
                + words(tableRegions) + ", but the request (" + what(rc.request()) + ") is for the "
                + words(requested) + ": it may be another case's or another patient's plan, so its rows cannot "
                + "support this request — ask which site the plan treats and for the documents of this request "
                + "(or record why the organs fit)";
        return List.of(new Problem(table.file(), message, ProblemCode.SITE_MISMATCH));
    }

    /** "treatment site "Prostate", diagnosis C61": what the request says, in its own words. */
    static String what(Request request) {
        List<String> parts = new ArrayList<>();
        if (request.treatmentSite() != null && !request.treatmentSite().isBlank()) {
            parts.add("treatment site \"" + request.treatmentSite().strip() + "\"");
        }
        List<String> codes = request.diagnosis() == null ? List.of() : request.diagnosis().stream()
                .filter(d -> d != null && d.code() != null && !d.code().isBlank()).map(d -> d.code().strip()).toList();
        if (!codes.isEmpty()) {
            parts.add("diagnosis " + String.join(", ", codes));
        }
        return String.join(", ", parts);
    }

    /** The regions in plain words, the last joined with "or". */
    static String words(Set<Region> regions) {
        List<String> w = regions.stream().map(Region::words).toList();
        if (w.size() == 1) {
            return w.get(0);
        }
        return String.join(", ", w.subList(0, w.size() - 1)) + " or " + w.get(w.size() - 1);
    }
}
