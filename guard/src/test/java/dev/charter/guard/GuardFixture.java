package dev.charter.guard;

import dev.charter.runtime.Engine;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A file-tools constitution, lowered by hand: {@code read_file(path)} is permitted,
 * {@code write_file(path, content)} escalates to {@code owner}, {@code delete_file(path)} is
 * denied, anything else falls to the default DENY.
 */
final class GuardFixture {

    static final String FILE = "files.charter";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneOffset.UTC);
    static final GuardOptions OPTIONS = GuardOptions.defaults().withClock(CLOCK);

    private GuardFixture() {}

    static Engine engine() {
        return Engine.forProgram(program());
    }

    static ToolCall read(String path) {
        return new ToolCall("read_file", "{\"path\":\"" + path + "\"}", "agent-7", "s-1");
    }

    static ToolCall write(String path) {
        return new ToolCall("write_file", "{\"path\":\"" + path + "\",\"content\":\"x\"}", "agent-7", "s-1");
    }

    static ToolCall delete(String path) {
        return new ToolCall("delete_file", "{\"path\":\"" + path + "\"}", "agent-7", "s-1");
    }

    static Program program() {
        Schema schema = new Schema(
                List.of(),
                List.of(),
                List.of(
                        new ActionDecl("read_file", List.of(field("path", 3)), at(3)),
                        new ActionDecl("write_file", List.of(field("path", 4), field("content", 4)), at(4)),
                        new ActionDecl("delete_file", List.of(field("path", 5)), at(5))));
        List<DecisionRule> rules = List.of(
                new DecisionRule("reads_ok", Effect.PERMIT, List.of("read_file"), null, truth(8), 0, null, at(7)),
                new DecisionRule(
                        "writes_reviewed",
                        Effect.ESCALATE,
                        List.of("write_file"),
                        "owner",
                        truth(11),
                        0,
                        "writes need the owner's review",
                        at(10)),
                new DecisionRule(
                        "never_delete",
                        Effect.DENY,
                        List.of("delete_file"),
                        null,
                        truth(14),
                        0,
                        "files are never deleted",
                        at(13)));
        return Program.of(
                new Metadata("files", 1, "tests", LocalDate.of(2026, 12, 4), "UTC"),
                schema,
                List.of(),
                List.of(),
                rules,
                Outcome.deny(at(16)),
                Outcome.deny(SourceSpan.builtin()),
                List.of(),
                List.of());
    }

    private static Field field(String name, int line) {
        return new Field(name, PrimitiveType.STRING, at(line));
    }

    private static Expr truth(int line) {
        return new Expr.Const(new Value.BoolValue(true), at(line));
    }

    private static SourceSpan at(int line) {
        return new SourceSpan(FILE, line, 1, line, 1);
    }
}
