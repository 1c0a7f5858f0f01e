package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one escaping of input strings in text output: nothing a string holds can forge a line or drive the terminal. */
class TerminalTextTest {

    @Test
    void newlinesEscapesAndBidiOverridesBecomeVisible() {
        assertEquals(
                "agent\\n7 forged\\u001b[31m\\u202e\\t\\r\\u0000\\u007f\\u009b",
                TerminalText.line("agent\n7 forged\u001b[31m\u202e\t\r\u0000\u007f\u009b"));
        assertEquals("two\nlines\\u001b[0m", TerminalText.lines("two\nlines\u001b[0m"));
        assertEquals(
                "plain text, ünïcode, \\ and \"quotes\"", TerminalText.line("plain text, ünïcode, \\ and \"quotes\""));
    }

    @Property(tries = 1000)
    void noControlCharacterSurvivesAndPrintableTextIsLeftAlone(@ForAll String text) {
        String line = TerminalText.line(text);
        String lines = TerminalText.lines(text);
        assertTrue(line.chars().noneMatch(TerminalTextTest::isControl), line);
        assertTrue(lines.chars().noneMatch(c -> c != '\n' && isControl(c)), lines);
        assertEquals(
                text.chars().filter(c -> c == '\n').count(),
                lines.chars().filter(c -> c == '\n').count(),
                "lines() keeps exactly the newlines");
        if (text.chars().noneMatch(TerminalTextTest::isControl)) {
            assertEquals(text, line);
        }
    }

    @Test
    void checkEchoesASourceLineWithItsControlCharactersEscaped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("evil.charter"), "rule x\u001b[2J\u202e:\n  permit when;\n");
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("\\u001b[2J\\u202e"), run.out());
        assertTrue(run.out().chars().noneMatch(c -> c != '\n' && isControl(c)), run.out());
    }

    @Test
    void verifyPrintsAForgedOriginWithItsControlCharactersEscaped(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        GeneratedKeys.generate(keys, "ledger");
        Path ledger = dir.resolve("ledger");
        assertEquals(
                0,
                CliRun.of(
                                "eval",
                                "../examples/fintech/lending.charter",
                                "--requests",
                                "../examples/fintech/requests.jsonl",
                                "--ledger",
                                ledger.toString(),
                                "--key",
                                keys.resolve("ledger.key").toString())
                        .status());
        Path segment = ledger.resolve("00000000000000000000.seg");
        byte[] data = Files.readAllBytes(segment);
        int originLength = ((data[18] & 0xFF) << 8) | (data[19] & 0xFF);
        byte[] origin = "example.com/x\n  records      999 verified\u001b[0m".getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(20 + origin.length + 4);
        header.put(data, 0, 18).putShort((short) origin.length).put(origin);
        CRC32C crc = new CRC32C();
        crc.update(header.array(), 0, header.position());
        header.putInt((int) crc.getValue());
        ByteBuffer forged = ByteBuffer.allocate(header.capacity() + data.length - (20 + originLength + 4));
        forged.put(header.array()).put(data, 20 + originLength + 4, data.length - (20 + originLength + 4));
        Files.write(segment, forged.array());

        CliRun run = CliRun.of(
                "ledger",
                "verify",
                ledger.toString(),
                "--keys",
                keys.resolve("ledger.pub").toString());
        assertEquals(ExitStatus.FAILED, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("example.com/x\\n  records      999 verified\\u001b[0m"), run.out());
        assertTrue(run.out().chars().noneMatch(c -> c != '\n' && isControl(c)), run.out());
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
