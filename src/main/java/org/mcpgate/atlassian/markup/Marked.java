package org.mcpgate.atlassian.markup;

import java.util.ArrayList;
import java.util.List;

/**
 * Output under construction in which every character remembers whether it is markup or literal text.
 * Escaping is decided only once the whole output is known, because whether a character has to be escaped
 * depends on its neighbours, which often come from other nodes (a literal {@code _} next to a link, say).
 */
final class Marked {

    /** What a character in the buffer is. */
    enum Kind {
        /** Written by a converter on purpose; never escaped. */
        MARKUP,
        /** Text of the document; escaped where the target syntax would misread it. */
        LITERAL,
        /** Literal text inside link text, where the link's closing characters also need escaping. */
        LINK_TEXT,
        /** One character of a text-effect marker whose rendering depends on its neighbours. */
        EFFECT
    }

    /** A pair of effect markers of {@code width} characters starting at buffer indexes {@code open} and {@code close}. */
    record EffectPair(int open, int close, int width) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<EffectPair> pairs = new ArrayList<>();

    Marked markup(CharSequence s) {
        return append(s, Kind.MARKUP);
    }

    Marked literal(CharSequence s) {
        return append(s, Kind.LITERAL);
    }

    Marked append(CharSequence s, Kind kind) {
        text.append(s);
        for (int i = 0; i < s.length(); i++) {
            kinds.add(kind);
        }
        return this;
    }

    /** Appends an effect marker and returns its index, to pass to {@link #pair} once the closing one is written. */
    int effect(String marker) {
        int at = text.length();
        append(marker, Kind.EFFECT);
        return at;
    }

    void pair(int open, int close, int width) {
        pairs.add(new EffectPair(open, close, width));
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    Kind kindAt(int i) {
        return kinds.get(i);
    }

    /** The character at {@code i}, or {@code 0} outside the buffer, so callers need no bounds checks. */
    char at(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    List<EffectPair> pairs() {
        return pairs;
    }

    /** Removes trailing whitespace, which both targets ignore and which would only disturb comparisons. */
    void trimEnd() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        kinds.subList(end, kinds.size()).clear();
    }

    /** Removes trailing spaces and tabs, so that a line break written next does not leave them dangling. */
    void trimSpaces() {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        text.setLength(end);
        kinds.subList(end, kinds.size()).clear();
    }

    String raw() {
        return text.toString();
    }
}
