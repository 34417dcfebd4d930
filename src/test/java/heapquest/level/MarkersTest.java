package heapquest.level;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markers are '@name' words in Python comments, never in strings. */
class MarkersTest {

    @Test
    void findsMarkersInCommentsWithTheirPositions() {
        Markers.Result r = Markers.scan("a = 1  # @start\nb = a  # the alias @alias, see @start2\n");
        assertEquals(List.of("start", "alias", "start2"), List.copyOf(r.markers().keySet()));
        assertEquals(new Markers.Marker("start", 1, 10), r.markers().get("start"));
        assertEquals(2, r.markers().get("alias").line());
        assertEquals(List.of(), r.issues());
        assertEquals("markers: @start, @alias, @start2", r.listing());
    }

    @Test
    void ignoresHashesAndAtsInStrings() {
        String program = String.join("\n",
                "s = '# @no1'",
                "t = \"a # @no2\"  # @yes1",
                "u = '''",
                "# @no3",
                "'''  # @yes2",
                "v = r'\\' # @no4'",
                "w = 'x\\' # @no5'  # @yes3",
                "mail = 1  # me@example.com is not a marker",
                "");
        Markers.Result r = Markers.scan(program);
        assertEquals(List.of("yes1", "yes2", "yes3"), List.copyOf(r.markers().keySet()));
        assertEquals(5, r.markers().get("yes2").line());
    }

    @Test
    void reportsDuplicatesAndMarkersWithoutCode() {
        Markers.Result r = Markers.scan("a = 1  # @m\n# @lonely\nb = 2  # @m\n");
        assertEquals(2, r.issues().size());
        assertEquals(new Markers.Issue(2, 3, "marker '@lonely' is on a line without code; put it at the end of the "
                + "line it is about"), r.issues().get(0));
        assertEquals(new Markers.Issue(3, 10, "marker '@m' is already on program line 1; each marker names one line"),
                r.issues().get(1));
        assertTrue(r.invalid().contains("lonely"));
        assertEquals(1, r.markers().get("m").line());
    }

    @Test
    void aProgramWithoutMarkersSaysHowToAddOne() {
        assertEquals("the program has no markers; put '# @name' at the end of a line", Markers.scan("x = 1\n").listing());
    }
}
