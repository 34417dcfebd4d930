package heapquest.tui.game;

/**
 * Stars for a finished level: three for every answer right the first time without a hint, two
 * for at least two thirds right (a hint costs half an answer), one for finishing.
 */
public final class Scoring {
    private Scoring() {}

    public static int stars(int questions, long right, int hints) {
        if (questions == 0 || right == questions && hints == 0) {
            return 3;
        }
        double score = right - 0.5 * hints;
        return score * 3 >= questions * 2 ? 2 : 1;
    }

    public static String stars(int n, boolean ascii) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(i < n ? (ascii ? '*' : '★') : (ascii ? '.' : '☆'));
        }
        return b.toString();
    }
}
