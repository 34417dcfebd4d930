package heapquest.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * A program as numbered lines with one line marked, for the plain mode: {@code >} before the line
 * number of the line a question is about, so that it reads in any terminal and to a screen reader
 * ("greater than, 3") without colour or drawing characters.
 */
public final class ProgramListing {
    private ProgramListing() {}

    /** @param marked the 1-based line to mark, or 0 for none */
    public static List<String> lines(List<String> program, int marked) {
        int width = String.valueOf(Math.max(1, program.size())).length();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < program.size(); i++) {
            String number = String.format("%" + width + "d", i + 1);
            out.add((i + 1 == marked ? "> " : "  ") + number + "  " + program.get(i));
        }
        return out;
    }
}
