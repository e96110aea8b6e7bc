package org.imrtreview.constraint.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published organ-at-risk constraint library: a versioned JSON resource read once, on first
 * use, into typed entries. {@link #standard()} is the product's copy (thread-safe lazy holder).
 */
public final class ConstraintLibrary {
    /** Classpath location of the shipped library. */
    public static final String RESOURCE = "/org/imrtreview/constraint/library/constraints-v1.json";

    private static final Logger LOG = LoggerFactory.getLogger(ConstraintLibrary.class);

    private final String version;
    private final String date;
    private final List<PublishedConstraint> entries;
    /** Lower-case TG-263 name → entries covering it, in library order (the check starts from the organ). */
    private final Map<String, List<PublishedConstraint>> byStructure;

    public ConstraintLibrary(String version, String date, List<PublishedConstraint> entries) {
        this.version = version;
        this.date = date;
        this.entries = List.copyOf(entries);
        Map<String, List<PublishedConstraint>> index = new java.util.HashMap<>();
        for (PublishedConstraint e : this.entries) {
            for (String name : e.tg263()) {
                index.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(e);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byStructure = Map.copyOf(index);
    }

    private static final class Holder {
        static final ConstraintLibrary STANDARD = loadResource(RESOURCE);
    }

    /** The library shipped with the product, loaded and validated on first use. */
    public static ConstraintLibrary standard() {
        return Holder.STANDARD;
    }

    static ConstraintLibrary loadResource(String resource) {
        try (InputStream in = ConstraintLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LibraryFormatException("constraint library resource missing: " + resource);
            }
            ConstraintLibrary library = read(in);
            LOG.info("Constraint library {} ({}) loaded: {} entries", library.version, library.date, library.size());
            return library;
        } catch (IOException e) {
            throw new LibraryFormatException("constraint library unreadable: " + e.getMessage(), e);
        }
    }

    /** Reads and validates a library document; throws {@link LibraryFormatException} naming the bad entry. */
    public static ConstraintLibrary read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("entries").isArray()) {
            throw new LibraryFormatException("constraint library has no 'entries' array");
        }
        List<PublishedConstraint> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root.get("entries")) {
            PublishedConstraint entry = LibraryEntryParser.parse(node);
            if (!ids.add(entry.id())) {
                throw new LibraryFormatException("library entry " + entry.id() + ": duplicate id");
            }
            entries.add(entry);
        }
        String version = root.path("version").asText("");
        if (version.isBlank()) {
            throw new LibraryFormatException("constraint library has no version");
        }
        return new ConstraintLibrary(version, root.path("date").asText(""), entries);
    }

    public String version() {
        return version;
    }

    public String date() {
        return date;
    }

    public List<PublishedConstraint> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public List<PublishedConstraint> find(Predicate<PublishedConstraint> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Entries covering a TG-263 structure (any laterality alternative), any source and regime. */
    public List<PublishedConstraint> forStructure(String tg263) {
        return tg263 == null ? List.of() : byStructure.getOrDefault(tg263.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** Entries covering any of the structures, each once, in library order. */
    public List<PublishedConstraint> forStructures(List<String> structures) {
        if (structures.size() == 1) {
            return forStructure(structures.get(0));
        }
        java.util.Set<PublishedConstraint> found = new java.util.LinkedHashSet<>();
        structures.forEach(s -> found.addAll(forStructure(s)));
        return found.stream().sorted(Comparator.comparingInt(entries::indexOf)).toList();
    }

    /** Entry counts per source group, in enum order. */
    public Map<SourceGroup, Integer> countBySource() {
        Map<SourceGroup, Integer> counts = new EnumMap<>(SourceGroup.class);
        entries.forEach(e -> counts.merge(e.source(), 1, Integer::sum));
        return counts;
    }

    /** Entry counts per provenance (primary / compilation / secondary). */
    public Map<Provenance, Integer> countByProvenance() {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        entries.forEach(e -> counts.merge(e.provenance(), 1, Integer::sum));
        return counts;
    }

    /** Every structure name the library knows, sorted. */
    public List<String> structures() {
        return entries.stream().flatMap(e -> e.tg263().stream()).distinct()
                .sorted(Comparator.comparing(String::toLowerCase)).toList();
    }
}
