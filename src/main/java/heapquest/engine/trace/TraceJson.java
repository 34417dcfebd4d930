package heapquest.engine.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The trace as JSON for tools, streamed (a million steps never become a million-node tree):
 * {"source": [...], "exitCode": 0, "stdout": "...", "stderr": "...",
 *  "steps": [{"index": 0, "line": 1, "stack": ["<module>"], "events": [{"kind": "Allocated", ...}]}],
 *  "probes": [...]}. Each event is its record's components plus "kind" (the record's name).
 */
public final class TraceJson {
    private TraceJson() {
    }

    public static void write(Trace trace, Writer out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("source");
            for (String l : trace.sourceLines()) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeNumberField("exitCode", trace.exitCode());
            g.writeStringField("stdout", trace.output());
            g.writeStringField("stderr", trace.errorOutput());
            g.writeArrayFieldStart("steps");
            for (int i = 0; i < trace.stepCount(); i++) {
                Step s = trace.step(i);
                g.writeStartObject();
                g.writeNumberField("index", s.index());
                g.writeNumberField("line", s.line());
                g.writeArrayFieldStart("stack");
                for (String f : s.callStack()) {
                    g.writeString(f);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("events");
                for (Event e : s.events()) {
                    record(g, (Record) e, "kind");
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("probes");
            for (ProbeResult p : trace.probes()) {
                record(g, p, null);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(JsonGenerator g, Record r, String kindField) throws IOException {
        g.writeStartObject();
        if (kindField != null) {
            g.writeStringField(kindField, r.getClass().getSimpleName());
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            g.writeFieldName(c.getName());
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Integer i) {
                g.writeNumber(i);
            } else if (v instanceof Long l) {
                if (c.getName().equals("address")) {
                    g.writeString("0x" + Long.toHexString(l));
                } else {
                    g.writeNumber(l);
                }
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (v instanceof List<?> list) {
                g.writeStartArray();
                for (Object o : list) {
                    g.writeNumber((Integer) o);
                }
                g.writeEndArray();
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
    }
}
