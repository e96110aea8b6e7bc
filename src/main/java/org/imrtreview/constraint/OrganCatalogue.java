package org.imrtreview.constraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organs the workstation knows, keyed by TG-263 stem, with the spellings seen in submissions.
 * Synonyms are written "compact": lower case, no spaces or punctuation, singular ("brainstem",
 * "spinalcord", "femoralhead"), because {@link OrganNames} compacts the text before looking it up.
 * Kept in code rather than a resource so the table is checked by the compiler and cannot go missing.
 */
final class OrganCatalogue {

    /**
     * One organ. {@code paired} organs take {@code _L}/{@code _R}; {@code combined} is the TG-263 name
     * of both sides as one structure (Parotids, Lungs), null when the two sides are never summed
     * (a femoral-head limit applies to each head); {@code unsidedMeansBoth} says a name without a side
     * means both together ("Lung V20" is total lung); {@code members} lists the organs a group name
     * stands for ("optic pathway").
     */
    record Entry(String organ, boolean paired, String combined, boolean unsidedMeansBoth,
                 List<String> members, List<String> synonyms) {

        /** Name shown as a suggestion: {@code Brainstem}, {@code Parotid_L|Parotid_R}. */
        String generic() {
            if (!members.isEmpty()) {
                return organ;
            }
            return paired ? organ + "_L|" + organ + "_R" : organ;
        }
    }

    private static final Map<String, Entry> BY_ORGAN = new LinkedHashMap<>();
    private static final Map<String, Entry> BY_SYNONYM = new LinkedHashMap<>();

    static {
        // Central nervous system
        single("Brainstem", "brainstem", "brainstm", "bstem", "brainstemstem");
        single("SpinalCord", "spinalcord", "cord", "cordspinal", "myelon", "medullaspinalis", "spinalcordmedulla");
        single("SpinalCanal", "spinalcanal", "canal", "canalspinal", "thecalsac");
        single("CaudaEquina", "caudaequina", "cauda");
        single("SacralPlex", "sacralplex", "sacralplexus", "lumbosacralplexus");
        paired("BrachialPlex", null, false, "brachialplex", "brachialplexus", "bplexus", "plexusbrachialis");
        single("Brain", "brain", "wholebrain", "cerebrum");
        single("OpticChiasm", "opticchiasm", "chiasm", "chiasma", "opticchiasma");
        paired("OpticNrv", null, false, "opticnrv", "opticnerve", "nerveoptic", "nervusopticus");
        group("OpticPathway", List.of("OpticChiasm", "OpticNrv"), "opticpathway", "opticapparatus",
                "opticstructures", "opticnervechiasm", "opticchiasmnerve", "opticnerveandchiasm",
                "opticchiasmandnerve");
        paired("Cochlea", null, false, "cochlea", "cochlear", "innerear");
        paired("Lens", null, false, "lens", "lense", "lenseye");
        paired("Eye", null, false, "eye", "globe", "eyeball", "orbit");
        paired("Retina", null, false, "retina");
        paired("Lobe_Temporal", null, false, "lobetemporal", "temporallobe", "temporal");
        paired("Hippocampus", "Hippocampi", false, "hippocampus", "hippo", "hippocampal");
        single("Pituitary", "pituitary", "pituitarygland", "hypophysis");
        // Head and neck
        paired("Parotid", "Parotids", false, "parotid", "parotidgland", "glndparotid");
        paired("Glnd_Submand", "Glnd_Submands", false, "glndsubmand", "submand", "submandibular",
                "submandibulargland", "smg");
        single("Musc_Constrict", "muscconstrict", "constrictor", "constrictors", "pharyngealconstrictor",
                "pharyngealconstrictors", "constrictormuscle", "pcm");
        single("Larynx", "larynx", "laryngeal", "glotticlarynx", "supraglotticlarynx");
        single("OralCavity", "oralcavity", "mouth", "cavityoral");
        single("Bone_Mandible", "bonemandible", "mandible", "jaw", "mandibletmj", "mandiblejaw");
        single("Lips", "lips", "lip");
        single("Glnd_Thyroid", "glndthyroid", "thyroid", "thyroidgland");
        single("Esophagus", "esophagus", "oesophagus", "esophagous", "oesophageal", "esophageal", "esoph");
        single("Trachea", "trachea");
        // Thorax
        single("Bronchus", "bronchus", "bronchialtree", "proximalbronchialtree", "pbt", "mainbronchus",
                "bronchusmain", "airways", "smallairways", "bronchussmallairways");
        single("Heart", "heart", "cor", "cardiac");
        single("Pericardium", "pericardium", "pericard");
        single("GreatVes", "greatves", "greatvessels", "greatvessel", "vesselsgreat");
        single("A_Aorta", "aorta", "aaorta");
        single("A_LAD", "alad", "lad", "leftanteriordescendingartery", "leftanteriordescending");
        single("Chestwall", "chestwall", "thoracicwall");
        single("Rib", "rib", "ribs");
        paired("Lung", "Lungs", true, "lung", "lungtotal", "lungwhole");
        paired("Breast", null, false, "breast");
        // Abdomen and pelvis
        single("Liver", "liver", "hepar");
        paired("Kidney", "Kidneys", false, "kidney", "renal", "renalcortex");
        single("Stomach", "stomach", "gastric");
        single("Duodenum", "duodenum", "duodenal");
        single("Bowel_Small", "bowelsmall", "smallbowel", "smallintestine", "jejunumileum", "jejunum", "ileum",
                "smallbowelloops", "smallbowelloop");
        single("Bowel", "bowel", "bowelbag", "peritonealcavity", "intestine", "bowelspace");
        single("Bowel_Large", "bowellarge", "largebowel", "largeintestine");
        single("Colon", "colon");
        single("Colon_Sigmoid", "colonsigmoid", "sigmoid", "sigmoidcolon");
        single("Rectum", "rectum", "rectal", "rectalwall");
        single("Canal_Anal", "canalanal", "analcanal", "anus", "anorectum");
        single("Bladder", "bladder", "urinarybladder", "bladderwall", "vesica");
        single("PenileBulb", "penilebulb", "bulbpenis", "bulbofpenis", "penisbulb", "bulb");
        single("Genitals", "genitals", "externalgenitalia", "genitalia");
        single("Urethra", "urethra");
        single("Prostate", "prostate");
        paired("Femur_Head", null, false, "femurhead", "femoralhead", "headfemur", "headoffemur", "femoralheadneck",
                "femhead", "femurheadneck", "hip");
        paired("Bone_Ilium", null, false, "boneilium", "iliaccrest", "ilium", "iliacbone");
        single("Pancreas", "pancreas");
        single("Spleen", "spleen");
        single("Skin", "skin");
        single("External", "external", "body", "outercontour", "skinbody");
    }

    private OrganCatalogue() {
    }

    private static void single(String organ, String... synonyms) {
        add(new Entry(organ, false, null, false, List.of(), List.of(synonyms)));
    }

    private static void paired(String organ, String combined, boolean unsidedMeansBoth, String... synonyms) {
        add(new Entry(organ, true, combined, unsidedMeansBoth, List.of(), List.of(synonyms)));
    }

    private static void group(String organ, List<String> members, String... synonyms) {
        add(new Entry(organ, false, null, false, members, List.of(synonyms)));
    }

    private static void add(Entry e) {
        BY_ORGAN.put(e.organ(), e);
        for (String s : e.synonyms()) {
            Entry previous = BY_SYNONYM.put(s, e);
            if (previous != null) {
                throw new IllegalStateException("synonym " + s + " listed for " + previous.organ() + " and " + e.organ());
            }
        }
        // The compacted TG-263 name itself is always a synonym ("Glnd_Submand" -> "glndsubmand").
        BY_SYNONYM.putIfAbsent(e.organ().replace("_", "").toLowerCase(java.util.Locale.ROOT), e);
    }

    static Entry bySynonym(String compact) {
        return BY_SYNONYM.get(compact);
    }

    static Entry byOrgan(String organ) {
        return BY_ORGAN.get(organ);
    }

    /** Letters in the longest synonym: no longer run of words can name an organ. */
    static int longestSynonym() {
        return LONGEST;
    }

    private static final int LONGEST = BY_SYNONYM.keySet().stream().mapToInt(String::length).max().orElse(0);

    static Map<String, Entry> synonyms() {
        return Collections.unmodifiableMap(BY_SYNONYM);
    }

    static List<Entry> entries() {
        return new ArrayList<>(BY_ORGAN.values());
    }
}
