package heapquest.tui.heap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes arrows between boxes on the cell grid with A*: orthogonal paths that avoid boxes, pay for
 * bends and for crossing other arrows, never run along another arrow, and may join an arrow
 * already drawn to the same target (so every object has one arrow head however many names refer
 * to it). Short arrows are routed first and get the straight paths; long ones (back edges of a
 * cycle) go round through the gaps between boxes. Deterministic: same input, same paths.
 */
final class ArrowRouter {
    private static final int STEP = 10;
    private static final int BEND = 14;
    private static final int CROSS = 40;
    private static final int MAX_EXPANSIONS = 10_000;
    private static final int[] DX = {0, 1, 0, -1}; // N E S W
    private static final int[] DY = {-1, 0, 1, 0};
    private static final int EAST = 1;

    /** An arrow to route: from the cell right of a source border to the target box's entry. */
    record Request(String key, int sourceBox, boolean sourceIsFrame, int exitX, int exitY, Box target, boolean weak) {
        int entryX() {
            return target.x() - 1;
        }

        int entryY() {
            if (!weak) {
                return target.y() + 1;
            }
            // Weak arrows get their own head: the last body row, or the title row of a short box.
            return target.h() >= 4 ? target.y() + target.h() - 2 : target.y();
        }
    }

    private final int w;
    private final int h;
    private final boolean[] box;
    private final int[] exitOwner; // request index + 1
    private final int[] headOwner; // group + 1
    private final int[] portOwner; // target object + 1: the lane left of a box, kept for its arrows
    private final int[] hOcc;      // group + 1
    private final int[] vOcc;
    private final int[] cost;
    private final int[] parent;
    private final int[] stamp;
    private int generation;
    private long[] heap = new long[1024];
    private int heapSize;

    private ArrowRouter(int w, int h) {
        this.w = w;
        this.h = h;
        int cells = w * h;
        box = new boolean[cells];
        exitOwner = new int[cells];
        headOwner = new int[cells];
        portOwner = new int[cells];
        hOcc = new int[cells];
        vOcc = new int[cells];
        cost = new int[cells * 4];
        parent = new int[cells * 4];
        stamp = new int[cells * 4];
    }

    static List<Route> route(int width, int height, List<Box> boxes, List<Request> requests) {
        if (requests.isEmpty() || width <= 0 || height <= 0) {
            return List.of();
        }
        ArrowRouter r = new ArrowRouter(width, height);
        for (Box b : boxes) {
            for (int y = Math.max(0, b.y()); y < Math.min(height, b.bottom()); y++) {
                for (int x = Math.max(0, b.x()); x < Math.min(width, b.right()); x++) {
                    r.box[y * width + x] = true;
                }
            }
        }
        Map<Long, Integer> groups = new HashMap<>();
        int[] group = new int[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            Request q = requests.get(i);
            group[i] = groups.computeIfAbsent(((long) q.target().id() << 1) | (q.weak() ? 1 : 0), k -> groups.size());
            if (r.inside(q.exitX(), q.exitY())) {
                r.exitOwner[q.exitY() * width + q.exitX()] = i + 1;
            }
            if (r.inside(q.entryX(), q.entryY())) {
                r.headOwner[q.entryY() * width + q.entryX()] = group[i] + 1;
            }
            // The lane just left of the heads, beside the box, belongs to the arrows into it: other
            // arrows turning there could wall the head off (seen with chains stacked in a column).
            Box t = q.target();
            int px = t.x() - 2;
            for (int y = t.y(); y < t.bottom() && px >= 0; y++) {
                if (r.inside(px, y) && r.exitOwner[y * width + px] == 0) {
                    r.portOwner[y * width + px] = t.id() + 1;
                }
            }
        }
        Integer[] order = new Integer[requests.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> estimate(requests.get(i))).thenComparingInt(i -> i));
        Route[] out = new Route[requests.size()];
        for (int i : order) {
            out[i] = r.routeOne(requests.get(i), i, group[i]);
        }
        return List.of(out);
    }

    private static int estimate(Request q) {
        int dx = q.entryX() - q.exitX();
        // Arrows that must go backwards (cycles) are much longer than their distance suggests.
        return Math.abs(dx) + Math.abs(q.entryY() - q.exitY()) + (dx < 0 ? 1000 : 0);
    }

    private boolean inside(int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h;
    }

    private Route routeOne(Request q, int index, int g) {
        int sx = q.exitX();
        int sy = q.exitY();
        int tx = q.entryX();
        int ty = q.entryY();
        Route failed = new Route(q.key(), q.sourceBox(), q.sourceIsFrame(), q.target().id(), q.weak(),
                new int[0], new int[0], false, false);
        if (!inside(sx, sy) || !inside(tx, ty)) {
            return failed;
        }
        int start = (sy * w + sx) * 4 + EAST;
        int own = g + 1;
        generation++;
        heapSize = 0;
        setCost(start, 0, -1);
        push(heuristic(sx, sy, tx, ty), start);
        int goal = -1;
        boolean goalIsHead = false;
        int expansions = 0;
        if (sx == tx && sy == ty) {
            goal = start;
            goalIsHead = true;
        }
        // A path that exists is found within a few times its length; a search that goes on far
        // beyond that is a congested gutter with no way through, and its cost would be wasted.
        int budget = Math.min(MAX_EXPANSIONS, 4000 + 80 * (Math.abs(tx - sx) + Math.abs(ty - sy)));
        while (goal < 0 && heapSize > 0 && expansions++ < budget) {
            long top = pop();
            int s = (int) top;
            int cell = s >> 2;
            int dir = s & 3;
            int cx = cell % w;
            int cy = cell / w;
            int g0 = cost[s];
            if ((int) (top >>> 32) != g0 + heuristic(cx, cy, tx, ty)) {
                continue; // a stale entry: the state was reached more cheaply since
            }
            for (int nd = 0; nd < 4 && goal < 0; nd++) {
                if (nd == ((dir + 2) & 3)) {
                    continue;
                }
                boolean turning = nd != dir;
                if (turning && (foreign(hOcc[cell], own) || foreign(vOcc[cell], own))) {
                    continue; // never bend on another arrow's line
                }
                int nx = cx + DX[nd];
                int ny = cy + DY[nd];
                if (!inside(nx, ny)) {
                    continue;
                }
                int nc = ny * w + nx;
                int ns = nc * 4 + nd;
                if (nx == tx && ny == ty) {
                    if (nd == EAST) {
                        setCost(ns, g0, s);
                        goal = ns;
                        goalIsHead = true;
                    }
                    continue;
                }
                if (box[nc] || (exitOwner[nc] != 0 && exitOwner[nc] != index + 1) || headOwner[nc] != 0
                        || (portOwner[nc] != 0 && portOwner[nc] != q.target().id() + 1)) {
                    continue;
                }
                boolean horizontal = (nd & 1) == 1;
                int along = horizontal ? hOcc[nc] : vOcc[nc];
                int across = horizontal ? vOcc[nc] : hOcc[nc];
                if (foreign(along, own)) {
                    continue;
                }
                if (along == own || across == own) {
                    setCost(ns, g0, s);
                    goal = ns; // join the arrow already drawn to this target
                    continue;
                }
                int ng = g0 + STEP + (turning ? BEND : 0) + (across != 0 ? CROSS : 0);
                if (stamp[ns] != generation || ng < cost[ns]) {
                    setCost(ns, ng, s);
                    push(ng + heuristic(nx, ny, tx, ty), ns);
                }
            }
        }
        if (goal < 0) {
            return failed;
        }
        List<Integer> cells = new ArrayList<>();
        for (int s = goal; s >= 0; s = parent[s]) {
            cells.add(s >> 2);
        }
        int n = cells.size();
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            int c = cells.get(n - 1 - i);
            xs[i] = c % w;
            ys[i] = c / w;
        }
        occupy(xs, ys, own, goalIsHead);
        return new Route(q.key(), q.sourceBox(), q.sourceIsFrame(), q.target().id(), q.weak(), xs, ys, goalIsHead, true);
    }

    private static boolean foreign(int occ, int own) {
        return occ != 0 && occ != own;
    }

    /** Marks the axes each cell of a new path uses, so later arrows neither overlap nor bend on it. */
    private void occupy(int[] xs, int[] ys, int own, boolean head) {
        int n = xs.length;
        for (int i = 0; i < n; i++) {
            int c = ys[i] * w + xs[i];
            boolean inH = i == 0 || ys[i - 1] == ys[i];       // the first cell is entered from the source, westward
            Boolean outH = i + 1 < n ? Boolean.valueOf(ys[i + 1] == ys[i]) : head ? Boolean.TRUE : null;
            if ((inH || Boolean.TRUE.equals(outH)) && hOcc[c] == 0) {
                hOcc[c] = own;
            }
            if ((!inH || Boolean.FALSE.equals(outH)) && vOcc[c] == 0) {
                vOcc[c] = own;
            }
        }
    }

    /**
     * Twice the distance: weighted A*, which finds a path expanding far fewer cells than the
     * admissible heuristic would. Paths may be a little longer than the cheapest; on this grid of
     * straight corridors they rarely are, and a big heap's layout takes milliseconds, not hundreds.
     */
    private int heuristic(int x, int y, int tx, int ty) {
        return 2 * STEP * (Math.abs(tx - x) + Math.abs(ty - y));
    }

    private void setCost(int s, int c, int p) {
        stamp[s] = generation;
        cost[s] = c;
        parent[s] = p;
    }

    // A binary min-heap of (priority << 32 | state): primitive, allocation-free, deterministic.
    private void push(int priority, int state) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        long v = ((long) priority << 32) | (state & 0xffffffffL);
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >> 1;
            if (heap[p] <= v) {
                break;
            }
            heap[i] = heap[p];
            i = p;
        }
        heap[i] = v;
    }

    private long pop() {
        long top = heap[0];
        long last = heap[--heapSize];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= heapSize) {
                break;
            }
            int c = l + 1 < heapSize && heap[l + 1] < heap[l] ? l + 1 : l;
            if (heap[c] >= last) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = last;
        return top;
    }
}
