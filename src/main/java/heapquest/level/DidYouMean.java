package heapquest.level;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known word an unknown one was probably meant to be ("questoins" → "questions"). */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate within a small edit distance, if any. */
    public static Optional<String> suggest(String word, Collection<String> candidates) {
        if (word.length() > 40) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(3, Math.max(word.length(), best.length()) / 3));
        if (bestDistance <= allowed || best.toLowerCase(Locale.ROOT).startsWith(w) && w.length() >= 3) {
            return Optional.of(best);
        }
        return Optional.empty();
    }

    /** Levenshtein distance with adjacent transpositions counting as one edit (optimal string alignment). */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 8) {
            return Math.abs(n - m);
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
