package org.imrtreview.constraint.library;

import java.util.Locale;
import java.util.Set;

/**
 * α/β ratios used for EQD2 (docs/decisions/0054-alpha-beta.md):
 * 2 Gy for late effects in the central and peripheral nervous system (spinal cord, brainstem, optic
 * apparatus, brachial/sacral plexus, cauda equina, brain, cochlea, hippocampus) — the value the
 * QUANTEC spinal-cord paper (Kirkpatrick 2010) uses; 3 Gy for late effects in other organs (the
 * customary generic late-responding value, e.g. Joiner & van der Kogel, Basic Clinical
 * Radiobiology); 10 Gy for acute endpoints (mucositis, acute esophagitis, skin reactions).
 */
public final class AlphaBeta {
    public static final double NERVOUS_TISSUE_LATE = 2.0;
    public static final double GENERIC_LATE = 3.0;
    public static final double ACUTE = 10.0;

    private static final Set<String> NERVOUS = Set.of("brainstem", "spinalcord", "spinalcord_prv", "spinalcanal",
            "opticchiasm", "opticnrv_l", "opticnrv_r", "brachialplex_l", "brachialplex_r", "sacralplex", "caudaequina",
            "brain", "cochlea_l", "cochlea_r", "hippocampus_l", "hippocampus_r", "lobe_temporal_l", "lobe_temporal_r",
            "retina_l", "retina_r");

    private AlphaBeta() {
    }

    /** Late-effect α/β (Gy) for a TG-263 structure name; 3 Gy when the organ is not nervous tissue or unknown. */
    public static double late(String tg263) {
        return tg263 != null && NERVOUS.contains(tg263.toLowerCase(Locale.ROOT)) ? NERVOUS_TISSUE_LATE : GENERIC_LATE;
    }

    /** Why that value: for the sentence shown beside an EQD2. */
    public static String basis(String tg263) {
        return late(tg263) == NERVOUS_TISSUE_LATE ? "α/β 2 Gy, late nervous-tissue effect" : "α/β 3 Gy, generic late effect";
    }
}
