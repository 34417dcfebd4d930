package heapquest.tui.heap;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The arrows of a diagram rasterised into cells: for each cell the directions its lines leave in
 * (N, E, S, W bits) and which route drew the horizontal and the vertical part. The painter turns a
 * mask into ─│┌┐└┘├┤┬┴┼; where two different arrows cross it draws the vertical one unbroken over
 * the horizontal, so a crossing never reads as a junction (┼ is kept for arrows that merge).
 */
public final class LineMap {
    public static final int N = 1;
    public static final int E = 2;
    public static final int S = 4;
    public static final int W = 8;

    public static final LineMap EMPTY = new LineMap(0, 0);

    private final int width;
    private final int height;
    private final byte[] mask;
    private final int[] hRoute; // route index + 1
    private final int[] vRoute;
    private final int[] heads;  // per cell: route index + 1 whose head is here

    private LineMap(int width, int height) {
        this.width = width;
        this.height = height;
        this.mask = new byte[width * height];
        this.hRoute = new int[width * height];
        this.vRoute = new int[width * height];
        this.heads = new int[width * height];
    }

    /** All routes in full. */
    public static LineMap of(int width, int height, List<Route> routes) {
        return of(width, height, routes, Route::length);
    }

    /**
     * The routes, each drawn up to visible(route) cells of its path (0 hides it, its length draws
     * it whole with its head): arrows grow along their path when they appear.
     */
    public static LineMap of(int width, int height, List<Route> routes, ToIntFunction<Route> visible) {
        LineMap m = new LineMap(width, height);
        for (int r = 0; r < routes.size(); r++) {
            Route rt = routes.get(r);
            if (!rt.routed()) {
                continue;
            }
            int n = Math.min(rt.length(), visible.applyAsInt(rt));
            if (n <= 0) {
                continue;
            }
            int[] xs = rt.xs();
            int[] ys = rt.ys();
            m.add(xs[0], ys[0], W, r);
            for (int i = 0; i + 1 < n; i++) {
                int dx = xs[i + 1] - xs[i];
                int dy = ys[i + 1] - ys[i];
                int out = dx > 0 ? E : dx < 0 ? W : dy > 0 ? S : N;
                m.add(xs[i], ys[i], out, r);
                m.add(xs[i + 1], ys[i + 1], opposite(out), r);
            }
            if (n == rt.length() && rt.head()) {
                m.heads[m.index(xs[n - 1], ys[n - 1])] = r + 1;
            }
        }
        return m;
    }

    private static int opposite(int d) {
        return d == N ? S : d == S ? N : d == E ? W : E;
    }

    private int index(int x, int y) {
        return y * width + x;
    }

    private void add(int x, int y, int bits, int route) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int i = index(x, y);
        mask[i] |= (byte) bits;
        if ((bits & (E | W)) != 0) {
            if (hRoute[i] == 0) {
                hRoute[i] = route + 1;
            }
        } else if (vRoute[i] == 0) {
            vRoute[i] = route + 1;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int mask(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : mask[index(x, y)];
    }

    /** Route index of the horizontal line in the cell, or -1. */
    public int horizontalRoute(int x, int y) {
        return hRoute[index(x, y)] - 1;
    }

    public int verticalRoute(int x, int y) {
        return vRoute[index(x, y)] - 1;
    }

    /** Route index whose arrow head is in the cell, or -1. */
    public int head(int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? -1 : heads[index(x, y)] - 1;
    }
}
