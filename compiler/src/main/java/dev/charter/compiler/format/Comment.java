package dev.charter.compiler.format;

/**
 * One comment of the source, verbatim (a line comment without trailing blanks).
 *
 * @param blankBefore whether a blank line stood before it in the source; the layout keeps one
 */
record Comment(String text, boolean blankBefore) {}
