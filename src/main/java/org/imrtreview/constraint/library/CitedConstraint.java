package org.imrtreview.constraint.library;

import java.util.List;
import org.imrtreview.model.Constraint;

/**
 * What the library check needs of one table row: the organ as TG-263 structure candidates
 * (laterality alternatives allowed), the parsed constraint, the recognised sources, the course's
 * fractionation (null when unknown) and the 3D / IMRT values the verdict uses, in the constraint's
 * unit (null when missing).
 */
public record CitedConstraint(List<String> structures, Constraint constraint, List<CanonicalSource> sources,
                              Fractionation fractionation, Double dose3d, Double doseImrt) {

    public CitedConstraint {
        structures = List.copyOf(structures);
        sources = List.copyOf(sources);
    }
}
