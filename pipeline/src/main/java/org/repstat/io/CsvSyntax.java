package org.repstat.io;

import java.nio.file.Path;

/**
 * The CSV grammar our raw files are read with (Commons CSV's {@code DEFAULT}: comma, double quote, a quote is special
 * only at the start of a field, {@code ""} inside quotes is one quote, {@code \n}, {@code \r\n} or {@code \r} end a
 * record), walked by hand for one purpose: to say where a file breaks it. Commons CSV reports a broken file as a
 * character position in its stream ("line: 41, position: 12,947"), with no field and with a number formatted in the
 * JVM's locale; a curator needs the line and the column where the bad quote is.
 */
public final class CsvSyntax {

    private CsvSyntax() {
    }

    /** Where a character of the text is: its physical line (1-based) and the field of its record (1-based). */
    public record Place(long line, int field) {
    }

    /** The first place where {@code text} is not well-formed CSV, as a located exception; null if it is well-formed. */
    public static InputException firstProblem(Path file, TextLines lines) {
        String text = lines.text();
        Walk w = new Walk(text);
        int quoteOpenedAt = -1;
        int quoteField = 0;
        while (w.i < text.length()) {
            char c = text.charAt(w.i);
            switch (w.state) {
                case FIELD_START -> {
                    if (c == '"') {
                        quoteOpenedAt = w.i;
                        quoteField = w.field;
                        w.state = State.QUOTED;
                    } else {
                        w.plain(c);
                    }
                }
                case UNQUOTED -> w.plain(c);
                case QUOTED -> {
                    if (c == '"') {
                        w.state = State.AFTER_QUOTE;
                    }
                }
                case AFTER_QUOTE -> {
                    if (c == '"') {
                        w.state = State.QUOTED; // "" is one quote inside the field
                    } else if (c == ',' || c == '\n' || c == '\r') {
                        w.plain(c);
                    } else if (Character.isWhitespace(c)) {
                        w.state = State.AFTER_QUOTE_SPACE;
                    } else {
                        return new InputException(file, lines.lineOf(w.i), String.valueOf(w.field),
                                "expected a comma or a line end after the closing quote of this field, found '" + c
                                        + "' (a quote inside a quoted field is written twice: \"\")");
                    }
                }
                case AFTER_QUOTE_SPACE -> {
                    if (c == ',' || c == '\n' || c == '\r') {
                        w.plain(c);
                    } else if (!Character.isWhitespace(c)) {
                        return new InputException(file, lines.lineOf(w.i), String.valueOf(w.field),
                                "expected a comma or a line end after the closing quote of this field, found '" + c + "'");
                    }
                }
                default -> throw new IllegalStateException(w.state.name());
            }
            w.i++;
        }
        if (w.state == State.QUOTED) {
            return new InputException(file, lines.lineOf(quoteOpenedAt), String.valueOf(quoteField),
                    "expected a closing quote for the field that opens here, found the end of the file"
                            + " (a quote that is never closed swallows every line after it)");
        }
        return null;
    }

    /** The line and field of the character at {@code position} (walked from the start: quotes decide what a record is). */
    public static Place placeOf(TextLines lines, int position) {
        String text = lines.text();
        Walk w = new Walk(text);
        int end = Math.min(position, text.length());
        while (w.i < end) {
            char c = text.charAt(w.i);
            switch (w.state) {
                case FIELD_START -> {
                    if (c == '"') {
                        w.state = State.QUOTED;
                    } else {
                        w.plain(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        w.state = State.AFTER_QUOTE;
                    }
                }
                case AFTER_QUOTE -> {
                    if (c == '"') {
                        w.state = State.QUOTED;
                    } else {
                        w.plain(c);
                    }
                }
                default -> w.plain(c);
            }
            w.i++;
        }
        return new Place(lines.lineOf(end), w.field);
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE, AFTER_QUOTE_SPACE }

    /** The walk's position, state and field number; {@link #plain} handles a character outside quotes. */
    private static final class Walk {
        final String text;
        int i;
        int field = 1;
        State state = State.FIELD_START;

        Walk(String text) {
            this.text = text;
        }

        void plain(char c) {
            if (c == ',') {
                field++;
                state = State.FIELD_START;
            } else if (c == '\n' || c == '\r') {
                field = 1;
                state = State.FIELD_START;
            } else {
                state = State.UNQUOTED;
            }
        }
    }
}
