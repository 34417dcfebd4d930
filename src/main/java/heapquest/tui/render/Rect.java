package heapquest.tui.render;

/** A rectangle of terminal cells; x and y are the top-left corner. Zero or negative sizes are empty. */
public record Rect(int x, int y, int w, int h) {

    public static Rect of(int x, int y, int w, int h) {
        return new Rect(x, y, Math.max(0, w), Math.max(0, h));
    }

    public boolean isEmpty() {
        return w <= 0 || h <= 0;
    }

    public int right() {
        return x + w;
    }

    public int bottom() {
        return y + h;
    }

    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + w && py < y + h;
    }

    public Rect intersect(Rect o) {
        int nx = Math.max(x, o.x);
        int ny = Math.max(y, o.y);
        return of(nx, ny, Math.min(right(), o.right()) - nx, Math.min(bottom(), o.bottom()) - ny);
    }

    /** The area inside a one-cell border. */
    public Rect inner() {
        return of(x + 1, y + 1, w - 2, h - 2);
    }

    public Rect translate(int dx, int dy) {
        return new Rect(x + dx, y + dy, w, h);
    }

    public Rect withHeight(int nh) {
        return of(x, y, w, nh);
    }

    public Rect withY(int ny) {
        return new Rect(x, ny, w, h);
    }
}
