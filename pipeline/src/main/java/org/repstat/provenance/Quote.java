package org.repstat.provenance;

import java.util.regex.Pattern;

/**
 * A verbatim extract that shows the value in its source. At most one sentence: enough to verify the figure,
 * short enough to quote a copyrighted work fairly.
 */
public record Quote(String text) {

    /** Longest quote accepted; a sentence longer than this is a paragraph in disguise. */
    public static final int MAX_LENGTH = 600;
    // A full stop, question or exclamation mark, then a space and a capital letter: a second sentence starts.
    // Abbreviations common in our sources ("No.", "p.", "Mr.", initials such as "M. Ie.") are not sentence ends.
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<!\\b(?:No|no|p|pp|Mr|Dr|St|vol|ed|eds|fn|cf|gg|g|t|d|op|f|ll|l|[A-ZА-Я][a-zа-я]?))[.!?][’”\"']?\\s+[A-ZА-ЯЁ]");

    public Quote {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quote is required");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a quote is at most " + MAX_LENGTH + " characters, found " + text.length());
        }
        if (SENTENCE_BREAK.matcher(text).find()) {
            throw new IllegalArgumentException("a quote is at most one sentence: '" + text + "'");
        }
    }
}
