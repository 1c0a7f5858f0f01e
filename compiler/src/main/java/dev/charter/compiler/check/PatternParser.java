package dev.charter.compiler.check;

import dev.charter.runtime.ir.Regex;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of a {@code matches /.../} pattern into {@link Regex.Pattern}, the one dialect
 * both the runtime and the solver interpret.
 *
 * <p>Anything outside the dialect (backreferences, lookaround, lazy quantifiers, word boundaries,
 * Unicode properties, anchors in the middle) is rejected with the offset of the offending
 * character, never approximated: a pattern the solver reads differently from the runtime would
 * break the promise that both agree.
 */
final class PatternParser {

    /** The result: either the parsed pattern or where and why it was rejected. */
    sealed interface Result {}

    record Parsed(Regex.Pattern pattern) implements Result {}

    /** {@code offset} counts code points from the first character after the opening slash. */
    record Rejected(int offset, String message, String help) implements Result {}

    private final int[] text;
    private int pos;

    private PatternParser(String source) {
        this.text = source.codePoints().toArray();
    }

    /** Parses a pattern as written between the slashes ({@code \/} stands for a slash). */
    static Result parse(String source) {
        try {
            return new Parsed(new PatternParser(source).pattern());
        } catch (Rejection r) {
            return new Rejected(r.offset, r.getMessage(), r.help);
        }
    }

    private Regex.Pattern pattern() {
        boolean anchoredStart = peekIs('^');
        if (anchoredStart) {
            pos++;
        }
        int end = text.length;
        boolean anchoredEnd = end > pos && text[end - 1] == '$' && !escapedAt(end - 1);
        int limit = anchoredEnd ? end - 1 : end;
        int[] body = java.util.Arrays.copyOfRange(text, 0, limit);
        PatternParser inner = new PatternParser(body, pos);
        List<Regex> alternatives = inner.alternatives();
        if (inner.pos < body.length) {
            throw new Rejection(inner.pos, "unmatched `)`", "escape it as `\\)` to match a parenthesis");
        }
        if ((anchoredStart || anchoredEnd) && alternatives.size() > 1) {
            throw new Rejection(
                    anchoredStart ? 0 : limit,
                    "an anchor next to a top-level `|` is ambiguous",
                    "group the alternatives, e.g. `^(a|b)$`");
        }
        Regex parsed = union(alternatives);
        if (Regex.positions(parsed) > Regex.MAX_POSITIONS) {
            throw new Rejection(
                    0,
                    "the pattern expands to more than " + Regex.MAX_POSITIONS
                            + " character positions once its repetitions are written out",
                    "lower the nested repetition bounds, or use `*` or `+` for an unbounded repetition");
        }
        return new Regex.Pattern(parsed, anchoredStart, anchoredEnd);
    }

    private PatternParser(int[] text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    private boolean escapedAt(int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private List<Regex> alternatives() {
        List<Regex> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (peekIs('|')) {
            pos++;
            alternatives.add(sequence());
        }
        return alternatives;
    }

    private Regex sequence() {
        List<Regex> parts = new ArrayList<>();
        while (pos < text.length && text[pos] != '|' && text[pos] != ')') {
            Regex atom = atom();
            parts.add(quantified(atom));
        }
        return concat(parts);
    }

    private Regex quantified(Regex atom) {
        if (pos >= text.length) {
            return atom;
        }
        int start = pos;
        Regex result;
        switch (text[pos]) {
            case '*' -> result = repeat(atom, 0, Regex.Repeat.UNBOUNDED);
            case '+' -> result = repeat(atom, 1, Regex.Repeat.UNBOUNDED);
            case '?' -> result = repeat(atom, 0, 1);
            case '{' -> result = bounded(atom);
            default -> {
                return atom;
            }
        }
        if (peekIs('?') || peekIs('+')) {
            throw new Rejection(
                    pos,
                    "lazy and possessive quantifiers are not supported",
                    "remove the `" + Character.toString(text[pos]) + "` after `" + new String(text, start, pos - start)
                            + "`; matching does not depend on laziness");
        }
        if (peekIs('*') || peekIs('{')) {
            throw new Rejection(pos, "a quantifier cannot follow another quantifier", "group the repeated part first");
        }
        return result;
    }

    private Regex repeat(Regex atom, int min, int max) {
        pos++;
        return new Regex.Repeat(atom, min, max);
    }

    private Regex bounded(Regex atom) {
        int open = pos;
        pos++;
        int min = number(open);
        int max = min;
        if (peekIs(',')) {
            pos++;
            max = peekIsDigit() ? number(open) : Regex.Repeat.UNBOUNDED;
        }
        if (!peekIs('}')) {
            throw new Rejection(pos, "expected `}` to close the repetition `{n,m}`", null);
        }
        pos++;
        if (max != Regex.Repeat.UNBOUNDED && max < min) {
            throw new Rejection(open, "repetition {" + min + "," + max + "} has its bounds out of order", null);
        }
        return new Regex.Repeat(atom, min, max);
    }

    private int number(int open) {
        int start = pos;
        long value = 0;
        while (peekIsDigit()) {
            value = Math.min(value * 10 + (text[pos] - '0'), Integer.MAX_VALUE);
            pos++;
        }
        if (pos == start) {
            throw new Rejection(pos, "expected a number in the repetition `{n,m}`", "write `\\{` to match a brace");
        }
        if (value > Regex.MAX_REPEAT) {
            throw new Rejection(
                    open, "repetition bound " + value + " is too large (at most " + Regex.MAX_REPEAT + ")", null);
        }
        return (int) value;
    }

    private Regex atom() {
        int c = text[pos];
        switch (c) {
            case '(':
                return group();
            case '[':
                return new ClassParser().parse();
            case '.':
                pos++;
                return new Regex.AnyChar();
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Rejection(
                        pos,
                        "`" + Character.toString(c) + "` has nothing to repeat",
                        "escape it as `\\" + Character.toString(c) + "` to match it literally");
            case '^':
            case '$':
                throw new Rejection(
                        pos,
                        "the anchor `" + Character.toString(c) + "` is only allowed at the "
                                + (c == '^' ? "start" : "end") + " of the pattern",
                        "escape it as `\\" + Character.toString(c) + "` to match it literally");
            default:
                pos++;
                return new Regex.Literal(Character.toString(c));
        }
    }

    private Regex group() {
        int open = pos;
        pos++;
        if (peekIs('?')) {
            if (pos + 1 < text.length && text[pos + 1] == ':') {
                pos += 2;
            } else {
                throw new Rejection(pos, groupConstruct(), "use a plain group `( ... )`");
            }
        }
        List<Regex> alternatives = alternatives();
        if (!peekIs(')')) {
            throw new Rejection(open, "unclosed group", "add a `)`");
        }
        pos++;
        return union(alternatives);
    }

    private String groupConstruct() {
        String rest = new String(text, pos, Math.min(3, text.length - pos));
        if (rest.startsWith("?=") || rest.startsWith("?!")) {
            return "lookahead `(" + rest.substring(0, 2) + "` is not supported";
        }
        if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
            return "lookbehind `(" + rest + "` is not supported";
        }
        if (rest.startsWith("?<")) {
            return "named groups are not supported";
        }
        return "group flags and modifiers `(?` are not supported";
    }

    private Regex escape() {
        int start = pos;
        if (pos + 1 >= text.length) {
            throw new Rejection(start, "the pattern ends in a lone `\\`", "write `\\\\` to match a backslash");
        }
        int c = text[pos + 1];
        pos += 2;
        List<Regex.Range> shorthand = CharRanges.shorthand(c);
        if (shorthand != null) {
            return new Regex.CharClass(shorthand, Character.isUpperCase(c));
        }
        return new Regex.Literal(Character.toString(escapedChar(c, start)));
    }

    /** The single code point an escape stands for; {@code start} is the backslash's offset. */
    private int escapedChar(int c, int start) {
        int control = "tnrf".indexOf(c);
        if (control >= 0) {
            return "\t\n\r\f".charAt(control);
        }
        if (c == 'u') {
            return unicodeEscape(start);
        }
        if ("bBAzZG".indexOf(c) >= 0) {
            throw new Rejection(
                    start,
                    "the boundary `\\" + Character.toString(c) + "` is not supported",
                    "only `^` at the start and `$` at the end anchor a pattern");
        }
        if (c == 'p' || c == 'P') {
            throw new Rejection(start, "Unicode property classes are not supported", "list the characters in `[...]`");
        }
        if (c == 'Q' || c == 'E') {
            throw new Rejection(start, "quoting with `\\Q...\\E` is not supported", "escape each character instead");
        }
        if (c == 'k' || (c >= '0' && c <= '9')) {
            throw new Rejection(start, "backreferences are not supported", null);
        }
        if (Character.isLetterOrDigit(c)) {
            throw new Rejection(
                    start,
                    "unknown escape `\\" + Character.toString(c) + "`",
                    "supported escapes: \\d \\w \\s \\D \\W \\S \\t \\n \\r \\f \\uXXXX and escaped punctuation");
        }
        return c;
    }

    private int unicodeEscape(int start) {
        if (pos + 4 > text.length) {
            throw new Rejection(start, "`\\u` needs four hex digits", null);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text[pos + i], 16);
            if (digit < 0) {
                throw new Rejection(pos + i, "`\\u` needs four hex digits", null);
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return value;
    }

    private boolean peekIs(int c) {
        return pos < text.length && text[pos] == c;
    }

    private boolean peekIsDigit() {
        return pos < text.length && text[pos] >= '0' && text[pos] <= '9';
    }

    private static Regex union(List<Regex> alternatives) {
        return alternatives.size() == 1 ? alternatives.get(0) : new Regex.Union(alternatives);
    }

    /** Joins parts, merging neighbouring literals so that {@code abc} is one literal. */
    private static Regex concat(List<Regex> parts) {
        List<Regex> merged = new ArrayList<>();
        for (Regex part : parts) {
            int last = merged.size() - 1;
            if (part instanceof Regex.Literal l && last >= 0 && merged.get(last) instanceof Regex.Literal previous) {
                merged.set(last, new Regex.Literal(previous.text() + l.text()));
            } else {
                merged.add(part);
            }
        }
        if (merged.isEmpty()) {
            return new Regex.Literal("");
        }
        return merged.size() == 1 ? merged.get(0) : new Regex.Concat(merged);
    }

    /** Parses {@code [...]} from the opening bracket. */
    private final class ClassParser {
        private final List<Regex.Range> ranges = new ArrayList<>();

        Regex parse() {
            int open = pos;
            pos++;
            boolean negated = peekIs('^');
            if (negated) {
                pos++;
            }
            int first = pos;
            while (!peekIs(']')) {
                if (pos >= text.length) {
                    throw new Rejection(open, "unclosed character class", "add a `]`");
                }
                item();
            }
            if (pos == first) {
                throw new Rejection(open, "empty character class", "write `\\[\\]` to match brackets");
            }
            pos++;
            return new Regex.CharClass(CharRanges.normalise(ranges), negated);
        }

        private void item() {
            int from = single();
            if (from < 0) {
                return;
            }
            if (peekIs('-') && pos + 1 < text.length && text[pos + 1] != ']') {
                int dash = pos;
                pos++;
                int to = single();
                if (to < 0) {
                    throw new Rejection(dash, "a range cannot end in a class shorthand", "escape the `-` as `\\-`");
                }
                if (to < from) {
                    throw new Rejection(
                            dash,
                            "range `" + Character.toString(from) + "-" + Character.toString(to) + "` is out of order",
                            null);
                }
                ranges.add(new Regex.Range(from, to));
            } else {
                ranges.add(new Regex.Range(from, from));
            }
        }

        /** One character of the class, or -1 after adding a shorthand's ranges itself. */
        private int single() {
            int start = pos;
            int c = text[pos];
            if (c == '[' || (c == '&' && pos + 1 < text.length && text[pos + 1] == '&')) {
                throw new Rejection(
                        pos,
                        "nested classes and class intersections are not supported",
                        "escape `" + Character.toString(c) + "` to match it literally");
            }
            if (c != '\\') {
                pos++;
                return c;
            }
            if (pos + 1 >= text.length) {
                throw new Rejection(start, "the pattern ends in a lone `\\`", null);
            }
            int e = text[pos + 1];
            List<Regex.Range> shorthand = CharRanges.shorthand(e);
            if (shorthand != null) {
                pos += 2;
                ranges.addAll(Character.isUpperCase(e) ? CharRanges.complement(shorthand) : shorthand);
                return -1;
            }
            pos += 2;
            return escapedChar(e, start);
        }
    }

    /** A rejection with the offset of the offending character; caught at the top and made a value. */
    private static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final String help;

        Rejection(int offset, String message, String help) {
            super(message, null, false, false);
            this.offset = offset;
            this.help = help;
        }
    }
}
