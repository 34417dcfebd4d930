package heapquest.tui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffers the terminal output (Lanterna writes every character with its own write(), TECH-NOTES
 * §1.2) but flushes as soon as a cursor position query ({@code ESC[6n}) has been written: Lanterna
 * waits for the reply to learn the terminal's size, and an unflushed query means a 5 s hang and a
 * wrong 80x24 size. Screen.refresh() flushes the rest at the end of every frame.
 */
public final class FlushOnQueryStream extends BufferedOutputStream {
    private int prev = -1;

    public FlushOnQueryStream(OutputStream out) {
        super(out, 1 << 16);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        super.write(b);
        if (prev == '6' && b == 'n') {
            flush();
        }
        prev = b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        if (len >= 2 && b[off + len - 2] == '6' && b[off + len - 1] == 'n'
                || len == 1 && prev == '6' && b[off] == 'n') {
            flush();
        }
        if (len > 0) {
            prev = b[off + len - 1];
        }
    }
}
