package heapquest.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Bob_2", "j.doe", "a-b.c_d", "x", "0123456789012345678901234567890123456789012345678901234567890123"})
    void validNamesAreAccepted(String name) {
        assertEquals(name, ProfileName.validate(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/b", "..", ".hidden", "trailing.", "with space", "ünï", "a\\b", "con", "NUL.txt", "lpt1",
            "alice.corrupt-20261125-101500", "alice.backup-x", "01234567890123456789012345678901234567890123456789012345678901234"})
    void invalidNamesAreRejectedWithAClearMessage(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileName.validate(name));
        assertTrue(e.getMessage().startsWith("Invalid profile name \"" + name + "\": "), e.getMessage());
    }

    @Test
    void nullIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileName.validate(null));
        assertEquals("Invalid profile name (none): it is empty", e.getMessage());
    }

    @Test
    void controlCharactersAreShownEscaped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProfileName.validate("a\nb"));
        assertEquals("Invalid profile name \"a\\u000ab\": use only letters A-Z and a-z, digits, '.', '_' and '-'",
                e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "alice|alice",
            "Jean Dupont|Jean_Dupont",
            "DOMAIN\\user|DOMAIN_user",
            "josé|jos_",
            ".profile|_profile",
            "name.|name_",
            "con|_con",
            "a.backup-1|a_backup-1",
            "用户|__",
            "''|player",
    })
    void userNamesAreSanitised(String raw, String expected) {
        assertEquals(expected, ProfileName.sanitize(raw));
    }

    @Test
    void sanitisedNamesAreCutTo64AndAlwaysValid() {
        assertEquals("x".repeat(64), ProfileName.sanitize("x".repeat(100)));
        assertEquals("player", ProfileName.sanitize(null));
        String[] awkward = {"...", ".", "-", "a..b", "con.", ".con", "x".repeat(63) + ".y", "NUL", "\u0000", " ",
                "\uD83D\uDE00", "com9.corrupt-1", "." + "a".repeat(70) + "."};
        for (String raw : awkward) {
            String s = ProfileName.sanitize(raw);
            assertTrue(ProfileName.isValid(s), raw + " -> " + s);
        }
    }

    @Test
    void defaultNameComesFromTheUserName() {
        String saved = System.getProperty("user.name");
        try {
            System.setProperty("user.name", "Ada Lovelace");
            assertEquals("Ada_Lovelace", ProfileName.defaultName());
        } finally {
            System.setProperty("user.name", saved);
        }
    }
}
