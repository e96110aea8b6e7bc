package org.imrtreview.letter.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter template: plain paragraphs with {@code {{field}}} placeholders, parsed and checked when
 * loaded. Syntax, one construct per line:
 * <pre>
 *   %% a comment
 *   # Letter title
 *   ## Section heading            (## [provider] … / ## [notice] … changes who the section is for)
 *   Paragraph text; consecutive lines join; a blank line ends the paragraph.
 *   ! A paragraph set in bold.
 *   - A bullet item.
 *   {{> block}}                   a structured insert (codes, missing items, row table, …)
 *   {{#if condition}} … {{else}} … {{/if}}      ({{#unless condition}} … {{/unless}} too)
 * </pre>
 * Unknown placeholders, blocks or conditions, fields the letter kind does not provide, and
 * unbalanced conditions fail at load with the file and line.
 */
public final class LetterTemplate {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9.]*)\\s*}}");
    private static final Pattern INSERT = Pattern.compile("\\{\\{>\\s*([A-Za-z]+)\\s*}}");
    private static final Pattern OPEN = Pattern.compile("\\{\\{#(if|unless)\\s+([A-Za-z]+)\\s*}}");
    private static final Pattern ELSE = Pattern.compile("\\{\\{\\s*else\\s*}}");
    private static final Pattern CLOSE = Pattern.compile("\\{\\{/(if|unless)\\s*}}");

    sealed interface Node permits Title, Heading, Para, Bullet, Insert, Cond { }

    record Title(String text) implements Node { }

    record Heading(String text, Audience audience) implements Node { }

    record Para(String text, boolean strong) implements Node { }

    record Bullet(String text) implements Node { }

    record Insert(String block) implements Node { }

    record Cond(String condition, boolean negate, List<Node> then, List<Node> otherwise) implements Node { }

    /** What rendering needs from the composer. */
    interface Context {
        String value(String field);

        boolean condition(String name);

        List<Block> insert(String block, Audience audience);
    }

    private final String name;
    private final List<Node> nodes;

    private LetterTemplate(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
    }

    public String name() {
        return name;
    }

    /**
     * Parses and validates a template for one letter kind.
     *
     * @throws LetterAssetsException naming the file and line of the first mistake
     */
    public static LetterTemplate parse(String name, String text, LetterKind kind) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame root = new Frame(null, false, 0);
        stack.push(root);
        StringBuilder para = new StringBuilder();
        boolean[] strong = {false};
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.startsWith("%%")) {
                continue;
            }
            Matcher open = OPEN.matcher(line);
            boolean structural = line.isEmpty() || line.startsWith("#") || line.startsWith("- ")
                    || line.startsWith("! ") || line.startsWith("{{>") || line.startsWith("{{#")
                    || line.startsWith("{{/") || ELSE.matcher(line).matches();
            if (structural) {
                flush(stack.peek(), para, strong);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (open.matches()) {
                String cond = open.group(2);
                if (!LetterFields.CONDITIONS.contains(cond)) {
                    throw error(name, lineNo, "unknown condition '" + cond + "'; known: " + LetterFields.CONDITIONS);
                }
                stack.push(new Frame(cond, open.group(1).equals("unless"), lineNo));
            } else if (ELSE.matcher(line).matches()) {
                Frame f = stack.peek();
                if (f == root || f.inElse) {
                    throw error(name, lineNo, "{{else}} without an open {{#if}}");
                }
                f.inElse = true;
            } else if (CLOSE.matcher(line).matches()) {
                Frame f = stack.pop();
                if (f == root) {
                    throw error(name, lineNo, "closing " + line + " without an open {{#if}}");
                }
                stack.peek().add(new Cond(f.condition, f.negate, f.then, f.otherwise));
            } else if (line.startsWith("{{>")) {
                Matcher m = INSERT.matcher(line);
                if (!m.matches()) {
                    throw error(name, lineNo, "malformed insert '" + line + "' (write {{> blockName}} alone on a line)");
                }
                if (!LetterFields.BLOCKS.contains(m.group(1))) {
                    throw error(name, lineNo, "unknown block '" + m.group(1) + "'; known: " + LetterFields.BLOCKS);
                }
                if (m.group(1).equals("appealRights") && kind != LetterKind.DENIAL_DRAFT) {
                    throw error(name, lineNo, "appeal rights belong in the denial letter only");
                }
                stack.peek().add(new Insert(m.group(1)));
            } else if (line.startsWith("{{#") || line.startsWith("{{/")) {
                throw error(name, lineNo, "malformed condition '" + line + "'");
            } else if (line.startsWith("## ")) {
                stack.peek().add(heading(name, lineNo, checked(name, lineNo, line.substring(3).strip(), kind)));
            } else if (line.startsWith("# ")) {
                stack.peek().add(new Title(checked(name, lineNo, line.substring(2).strip(), kind)));
            } else if (line.startsWith("- ")) {
                stack.peek().add(new Bullet(checked(name, lineNo, line.substring(2).strip(), kind)));
            } else if (line.startsWith("! ")) {
                para.append(checked(name, lineNo, line.substring(2).strip(), kind));
                strong[0] = true;
            } else {
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(checked(name, lineNo, line, kind));
            }
        }
        flush(stack.peek(), para, strong);
        if (stack.size() > 1) {
            throw error(name, stack.peek().line, "{{#if " + stack.peek().condition + "}} is never closed");
        }
        return new LetterTemplate(name, root.then);
    }

    private static Heading heading(String name, int lineNo, String text) {
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            String tag = end < 0 ? "" : text.substring(1, end).toLowerCase(Locale.ROOT);
            Audience a = switch (tag) {
                case "provider" -> Audience.PROVIDER;
                case "notice" -> Audience.NOTICE;
                case "member" -> Audience.MEMBER;
                default -> throw error(name, lineNo, "unknown audience '[" + tag + "]' (use [member], [provider] or [notice])");
            };
            return new Heading(text.substring(end + 1).strip(), a);
        }
        return new Heading(text, Audience.MEMBER);
    }

    static String checked(String name, int lineNo, String text, LetterKind kind) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String field = m.group(1);
            if (!LetterFields.known(field)) {
                throw error(name, lineNo, "unknown placeholder {{" + field + "}}; known: " + LetterFields.names());
            }
            if (!LetterFields.availableFor(field, kind)) {
                throw error(name, lineNo, "placeholder {{" + field + "}} is not available in the "
                        + kind.templateName() + " letter; available: " + LetterFields.namesFor(kind));
            }
        }
        String rest = m.replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw error(name, lineNo, "malformed placeholder in '" + text + "' (write {{field.name}})");
        }
        return text;
    }

    private static void flush(Frame frame, StringBuilder para, boolean[] strong) {
        if (para.length() > 0) {
            frame.add(new Para(para.toString(), strong[0]));
            para.setLength(0);
        }
        strong[0] = false;
    }

    private static LetterAssetsException error(String file, int line, String message) {
        return new LetterAssetsException(file + " line " + line + ": " + message);
    }

    /** The letter title ({@code # …}) of this template, with fields filled in; null if none. */
    String title(Context ctx) {
        List<Title> titles = new ArrayList<>();
        collectTitles(nodes, ctx, titles);
        return titles.isEmpty() ? null : fill(titles.get(0).text(), ctx);
    }

    private static void collectTitles(List<Node> nodes, Context ctx, List<Title> out) {
        for (Node n : nodes) {
            if (n instanceof Title t) {
                out.add(t);
            } else if (n instanceof Cond c) {
                collectTitles(ctx.condition(c.condition()) != c.negate() ? c.then() : c.otherwise(), ctx, out);
            }
        }
    }

    /** Renders the body blocks (titles excluded), starting in the given audience. */
    List<Block> render(Context ctx, Audience start) {
        List<Block> out = new ArrayList<>();
        Audience[] current = {start};
        List<String> bullets = new ArrayList<>();
        renderInto(nodes, ctx, current, bullets, out);
        flushBullets(bullets, current[0], out);
        return out;
    }

    private void renderInto(List<Node> list, Context ctx, Audience[] current, List<String> bullets, List<Block> out) {
        for (Node n : list) {
            if (n instanceof Bullet b) {
                bullets.add(fill(b.text(), ctx));
                continue;
            }
            if (!(n instanceof Cond)) {
                flushBullets(bullets, current[0], out);
            }
            if (n instanceof Heading h) {
                current[0] = h.audience();
                out.add(new Block.Heading(fill(h.text(), ctx), h.audience()));
            } else if (n instanceof Para p) {
                out.add(new Block.Paragraph(fill(p.text(), ctx), current[0], p.strong()));
            } else if (n instanceof Insert i) {
                out.addAll(ctx.insert(i.block(), current[0]));
            } else if (n instanceof Cond c) {
                boolean holds = ctx.condition(c.condition()) != c.negate();
                renderInto(holds ? c.then() : c.otherwise(), ctx, current, bullets, out);
            }
        }
    }

    private static void flushBullets(List<String> bullets, Audience audience, List<Block> out) {
        if (!bullets.isEmpty()) {
            out.add(new Block.Bullets(bullets, audience));
            bullets.clear();
        }
    }

    static String fill(String text, Context ctx) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = ctx.value(m.group(1));
            if (v == null || v.isBlank()) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final class Frame {
        final String condition;
        final boolean negate;
        final int line;
        final List<Node> then = new ArrayList<>();
        final List<Node> otherwise = new ArrayList<>();
        boolean inElse;

        Frame(String condition, boolean negate, int line) {
            this.condition = condition;
            this.negate = negate;
            this.line = line;
        }

        void add(Node n) {
            (inElse ? otherwise : then).add(n);
        }
    }
}
