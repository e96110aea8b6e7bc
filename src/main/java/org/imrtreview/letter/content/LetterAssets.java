package org.imrtreview.letter.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.imrtreview.model.Request.LineOfBusiness;

/**
 * Settings, templates, taglines and logo for letters, loaded and checked together. Each file is
 * looked up first in the override folder — the system property {@value #DIR_PROPERTY}, else
 * {@code assets/letters/} under the working directory — then in the copy bundled in the jar, so a
 * plan can change one template without copying the rest. Everything is validated here: a wrong
 * template fails when the workstation starts, never in a member's letter.
 */
public final class LetterAssets {

    public static final String DIR_PROPERTY = "imrt.letters.dir";
    static final String BUNDLED = "/assets/letters/";

    private final LetterSettings settings;
    private final Map<String, LetterTemplate> templates;
    private final List<Block.Tagline> taglines;
    private final byte[] logo;
    private final String origin;

    private LetterAssets(LetterSettings settings, Map<String, LetterTemplate> templates, List<Block.Tagline> taglines,
                         byte[] logo, String origin) {
        this.settings = settings;
        this.templates = Map.copyOf(templates);
        this.taglines = List.copyOf(taglines);
        this.logo = logo;
        this.origin = origin;
    }

    /** The assets the product uses: override folder (property or working dir) over the bundled copy. */
    public static LetterAssets standard() {
        String prop = System.getProperty(DIR_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path dir = Path.of(prop);
            if (!Files.isDirectory(dir)) {
                throw new LetterAssetsException(DIR_PROPERTY + " points to " + dir + ", which is not a folder");
            }
            return load(dir);
        }
        Path working = Path.of("assets", "letters");
        return load(Files.isDirectory(working) ? working : null);
    }

    /** Only the copy bundled in the jar (tests, and a fallback the window can offer). */
    public static LetterAssets bundled() {
        return load(null);
    }

    /** Loads from {@code overrideDir} (may be null) with the bundled copy as fallback, per file. */
    public static LetterAssets load(Path overrideDir) {
        Source src = new Source(overrideDir);
        Properties props = new Properties();
        try {
            props.load(new StringReader(src.required("settings.properties")));
        } catch (IOException | IllegalArgumentException e) {
            throw new LetterAssetsException("settings.properties: cannot be read (" + e.getMessage() + ")", e);
        }
        LetterSettings settings = LetterSettings.from(props, src.describe("settings.properties"));
        Map<String, LetterTemplate> templates = new HashMap<>();
        for (LetterKind kind : LetterKind.values()) {
            String base = kind.templateName();
            templates.put(base, LetterTemplate.parse(src.describe(base + ".txt"), src.required(base + ".txt"), kind));
            for (LineOfBusiness line : LineOfBusiness.values()) {
                String variant = base + "-" + slug(line);
                String text = src.optional(variant + ".txt");
                if (text != null) {
                    templates.put(variant, LetterTemplate.parse(src.describe(variant + ".txt"), text, kind));
                }
            }
            String nondiscrimination = "partials/nondiscrimination.txt";
            templates.put("nondiscrimination/" + base,
                    LetterTemplate.parse(src.describe(nondiscrimination), src.required(nondiscrimination), kind));
        }
        for (LineOfBusiness line : LineOfBusiness.values()) {
            String name = "partials/appeal-rights-" + slug(line) + ".txt";
            templates.put("appealRights/" + line.name(),
                    LetterTemplate.parse(src.describe(name), src.required(name), LetterKind.DENIAL_DRAFT));
        }
        List<Block.Tagline> taglines = parseTaglines(src.describe("taglines.txt"), src.required("taglines.txt"));
        byte[] logo = settings.logoFile() == null ? null : src.bytes(settings.logoFile());
        return new LetterAssets(settings, templates, taglines, logo, src.origin());
    }

    static String slug(LineOfBusiness line) {
        return line.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code Language | tagline} per line; placeholders limited to fields every letter has. */
    static List<Block.Tagline> parseTaglines(String file, String text) {
        List<Block.Tagline> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar <= 0 || line.substring(bar + 1).isBlank()) {
                throw new LetterAssetsException(file + " line " + (i + 1) + ": write 'Language | tagline text'");
            }
            String tagline = LetterTemplate.checked(file, i + 1, line.substring(bar + 1).strip(), LetterKind.APPROVAL);
            out.add(new Block.Tagline(line.substring(0, bar).strip(), tagline));
        }
        if (out.isEmpty()) {
            throw new LetterAssetsException(file + ": no taglines (language assistance is required in every letter)");
        }
        return out;
    }

    public LetterSettings settings() {
        return settings;
    }

    public List<Block.Tagline> taglines() {
        return taglines;
    }

    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** Where the assets came from, for the about box and logs (a folder path or "bundled"). */
    public String origin() {
        return origin;
    }

    /** The template for a kind, preferring a line-of-business variant (e.g. denial-draft-medicare-advantage). */
    LetterTemplate template(LetterKind kind, LineOfBusiness line) {
        LetterTemplate variant = templates.get(kind.templateName() + "-" + slug(line));
        return variant != null ? variant : templates.get(kind.templateName());
    }

    LetterTemplate appealRights(LineOfBusiness line) {
        return templates.get("appealRights/" + line.name());
    }

    LetterTemplate nondiscrimination(LetterKind kind) {
        return templates.get("nondiscrimination/" + kind.templateName());
    }

    /** Reads one asset from the override folder, else from the jar. */
    private static final class Source {
        private final Path dir;
        private boolean usedOverride;

        Source(Path dir) {
            this.dir = dir;
        }

        String describe(String name) {
            return dir != null && Files.isRegularFile(dir.resolve(name)) ? dir.resolve(name).toString() : "bundled " + name;
        }

        String origin() {
            return usedOverride ? dir + " (over the bundled letters)" : "bundled";
        }

        String required(String name) {
            String text = optional(name);
            if (text == null) {
                throw new LetterAssetsException("letter asset " + name + " is missing");
            }
            return text;
        }

        String optional(String name) {
            byte[] b = read(name);
            return b == null ? null : new String(b, StandardCharsets.UTF_8).replace("\uFEFF", "");
        }

        byte[] bytes(String name) {
            byte[] b = read(name);
            if (b == null) {
                throw new LetterAssetsException("letter asset " + name + " (the logo named in settings) is missing");
            }
            return b;
        }

        private byte[] read(String name) {
            if (name.contains("..")) {
                throw new LetterAssetsException("letter asset name '" + name + "' may not leave the letters folder");
            }
            try {
                if (dir != null) {
                    Path file = dir.resolve(name);
                    if (Files.isRegularFile(file)) {
                        usedOverride = true;
                        return Files.readAllBytes(file);
                    }
                }
                try (InputStream in = LetterAssets.class.getResourceAsStream(BUNDLED + name)) {
                    return in == null ? null : in.readAllBytes();
                }
            } catch (IOException e) {
                throw new LetterAssetsException("letter asset " + name + " cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
