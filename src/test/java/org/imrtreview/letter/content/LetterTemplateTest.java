package org.imrtreview.letter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterTemplateTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dear {{member.nmae}}:                         | line 2: unknown placeholder {{member.nmae}}
            Your number is {{auth.number}}.               | placeholder {{auth.number}} is not available in the denial-draft letter
            {{> appealRightz}}                            | unknown block 'appealRightz'
            {{#if urgent}}                                | unknown condition 'urgent'
            Dear {{ member.name }:                        | malformed placeholder
            {{/if}}                                       | without an open {{#if}}
            {{else}}                                      | {{else}} without an open {{#if}}
            ## [lawyer] Fine print                        | unknown audience '[lawyer]'
            """)
    void aMistakeInATemplateFailsAtLoadNamingFileAndLine(String line, String expected) {
        LetterAssetsException e = assertThrows(LetterAssetsException.class,
                () -> LetterTemplate.parse("denial-draft.txt", "# Title\n" + line + "\n", LetterKind.DENIAL_DRAFT));
        assertTrue(e.getMessage().startsWith("denial-draft.txt line "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void anUnclosedConditionIsReportedAtTheLineItOpens() {
        LetterAssetsException e = assertThrows(LetterAssetsException.class,
                () -> LetterTemplate.parse("t.txt", "Hello\n{{#if expedited}}\nFast.\n", LetterKind.APPROVAL));
        assertTrue(e.getMessage().contains("t.txt line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void appealRightsBelongOnlyInTheDenialLetter() {
        assertThrows(LetterAssetsException.class,
                () -> LetterTemplate.parse("approval.txt", "{{> appealRights}}", LetterKind.APPROVAL));
    }

    @Test
    void rendersParagraphsBulletsConditionsAndAudiences() {
        LetterTemplate t = LetterTemplate.parse("t.txt", """
                %% comment, not printed
                # Hello {{member.name}}
                First line
                continues here.

                {{#if expedited}}
                Fast review.
                {{else}}
                Standard review.
                {{/if}}
                - one
                - two
                ! Bold words.
                ## [provider] For the doctor
                Clinical text.
                """, LetterKind.APPROVAL);
        LetterTemplate.Context ctx = context(Map.of("member.name", "Ana Ruiz"), Map.of("expedited", false));
        assertEquals("Hello Ana Ruiz", t.title(ctx));
        List<Block> blocks = t.render(ctx, Audience.MEMBER);
        assertEquals(List.of(
                new Block.Paragraph("First line continues here.", Audience.MEMBER, false),
                new Block.Paragraph("Standard review.", Audience.MEMBER, false),
                new Block.Bullets(List.of("one", "two"), Audience.MEMBER),
                new Block.Paragraph("Bold words.", Audience.MEMBER, true),
                new Block.Heading("For the doctor", Audience.PROVIDER),
                new Block.Paragraph("Clinical text.", Audience.PROVIDER, false)), blocks);
        List<Block> fast = t.render(context(Map.of("member.name", "Ana Ruiz"), Map.of("expedited", true)), Audience.MEMBER);
        assertEquals(new Block.Paragraph("Fast review.", Audience.MEMBER, false), fast.get(1));
    }

    @Test
    void everyBundledTemplateLoadsAndIsValid() {
        LetterAssets assets = LetterAssets.bundled();
        assertEquals("bundled", assets.origin());
        for (LetterKind kind : LetterKind.values()) {
            for (var line : org.imrtreview.model.Request.LineOfBusiness.values()) {
                assertTrue(assets.template(kind, line) != null, kind + " " + line);
            }
        }
        assertTrue(assets.taglines().size() >= 15, "WA asks for taglines in the top languages");
        assertTrue(assets.logo().length > 0);
    }

    @Test
    void anOverrideFolderWithAnUnknownPlaceholderFailsAtLoadNotInALetter(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("approval.txt"), "# Approved\nDear {{member.fullName}}:\n");
        LetterAssetsException e = assertThrows(LetterAssetsException.class, () -> LetterAssets.load(dir));
        assertTrue(e.getMessage().contains(dir.resolve("approval.txt").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("{{member.fullName}}"), e.getMessage());
    }

    @Test
    void anOverrideFolderReplacesOnlyTheFilesItHas(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("approval.txt"), "# Good news\nDear {{member.name}}: approved, {{auth.number}}.\n");
        LetterAssets assets = LetterAssets.load(dir);
        assertTrue(assets.origin().contains(dir.toString()), assets.origin());
        LetterTemplate.Context ctx = context(Map.of("member.name", "Ana Ruiz", "auth.number", "AUTH-1"), Map.of());
        assertEquals("Good news", assets.template(LetterKind.APPROVAL,
                org.imrtreview.model.Request.LineOfBusiness.COMMERCIAL).title(ctx));
        assertEquals("Evergreen Cascade Health Plan", assets.settings().planName(), "settings still come from the jar");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plan.nmae=Typo Health                   | unknown setting(s) [plan.nmae]
            approval.validityDays=ninety            | approval.validityDays must be a positive whole number
            approval.validityDays=-5                | approval.validityDays must be a positive whole number
            plan.phone=                             | missing setting(s) [plan.phone]
            """)
    void aWrongSettingFailsAtLoadNamingTheKey(String override, String expected, @TempDir Path dir) throws IOException {
        String bundled = new String(LetterAssets.class.getResourceAsStream("/assets/letters/settings.properties").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String key = override.substring(0, override.indexOf('='));
        String edited = bundled.lines().filter(l -> !l.startsWith(key + "=")).reduce("", (a, b) -> a + b + "\n") + override + "\n";
        Files.writeString(dir.resolve("settings.properties"), edited);
        LetterAssetsException e = assertThrows(LetterAssetsException.class, () -> LetterAssets.load(dir));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTaglineWithoutALanguageFailsAtLoad() {
        LetterAssetsException e = assertThrows(LetterAssetsException.class,
                () -> LetterAssets.parseTaglines("taglines.txt", "Español | Llame al {{plan.phone}}.\nno bar here\n"));
        assertTrue(e.getMessage().contains("taglines.txt line 2"), e.getMessage());
    }

    private static LetterTemplate.Context context(Map<String, String> values, Map<String, Boolean> conditions) {
        return new LetterTemplate.Context() {
            @Override
            public String value(String field) {
                return values.get(field);
            }

            @Override
            public boolean condition(String name) {
                return conditions.getOrDefault(name, false);
            }

            @Override
            public List<Block> insert(String block, Audience audience) {
                return List.of();
            }
        };
    }
}
