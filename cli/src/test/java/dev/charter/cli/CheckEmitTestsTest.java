package dev.charter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckEmitTestsTest {

    /** A coverage hole at exactly 100: its witness is a request the rules leave to the default. */
    private static final String HOLE =
            "constitution \"holes\" version 1 {\n  reviewed_by \"qa\"\n  reviewed_on 2026-01-01\n"
                    + "  timezone \"UTC\"\n}\naction pay { amount: int }\n"
                    + "rule small: permit pay when request.amount < 100;\n"
                    + "rule large: escalate pay to \"ops\" when request.amount > 100;\ndefault deny;\n";

    @Test
    void witnessesWrittenByCheckPassWhenCharterTestRunsThem(@TempDir Path dir) throws IOException {
        Path constitution = Files.writeString(dir.resolve("holes.charter"), HOLE);
        Path out = dir.resolve("regressions");
        CliRun check = CliRun.of("check", "--emit-tests", out.toString(), constitution.toString());
        Path written = out.resolve("holes.findings.charter-test");
        assertTrue(Files.exists(written), check.err());
        assertTrue(check.err().contains("wrote the witnesses as tests to " + written), check.err());

        CliRun test = CliRun.of("test", written.toString());
        assertEquals(ExitStatus.OK, test.status(), test.out() + test.err());
        assertTrue(test.out().contains("0 failed"), test.out());
        assertTrue(Files.readString(written).contains("expect deny by default"), Files.readString(written));
    }
}
