package dev.charter.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.charter.runtime.Decision;
import dev.charter.runtime.Engine;
import dev.charter.runtime.FactSnapshot;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime's semantic suite: one table of (constitution, facts, request, expected decision and
 * deciding rules) that covers every construct of LANGUAGE.md, compiled from source and decided
 * by {@link Engine}. Expected decisions read {@code effect[ to "route"] (reason_code)[ by rules]}.
 */
class RuntimeSemanticsTest {

    private static final String SCHEMA = """
            constitution "semantics" version 1 { timezone "Europe/Paris" }
            enum Tier { basic, gold }
            context { verified: bool, tier: Tier, region: string }
            action pay { amount: decimal, fee: decimal, count: int, payee: string, due: date }
            action crm.delete_contact { id: string }
            action crm.delete_deal { id: string }
            action crm.read { id: string }
            action "write:refund" { id: string }
            action "delete:record" { id: string }
            action "Fs/read-file" { id: string }
            input relation role(agent: string, role: string)
            input relation delegates(from: string, to: string)
            input relation revoked(agent: string)
            input relation limit(agent: string, max: decimal)
            """;

    private static final String FACTS = """
            { "relations": {
                "role": [["alice", "teller"], ["carol", "auditor"]],
                "delegates": [["alice", "bot-1"], ["bot-1", "bot-2"], ["carol", "bot-3"]],
                "revoked": [["bot-9"]],
                "limit": [["alice", "500"], ["bot-1", 50]] } }
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                row(
                        "a permit rule whose condition holds decides",
                        "rule ok: permit pay when context.verified; default deny;",
                        pay("alice", "10"),
                        "permit (rule) by ok"),
                row(
                        "no matching rule leaves the default",
                        "rule ok: permit pay when not context.verified; default deny;",
                        pay("alice", "10"),
                        "deny (default)"),
                row(
                        "default escalate names its route",
                        "rule ok: permit pay when request.amount > 1000; default escalate to \"review\";",
                        pay("alice", "10"),
                        "escalate to \"review\" (default)"),
                row(
                        "unless excludes what when admits",
                        "rule ok: permit pay when context.verified unless context.tier == basic; default deny;",
                        pay("alice", "10"),
                        "deny (default)"),
                row(
                        "the higher priority wins",
                        "rule ok: permit pay; rule stop: deny pay when request.amount > 5 priority 10 because \"big\";",
                        pay("alice", "10"),
                        "deny (rule) by stop"),
                row(
                        "equal priorities that disagree take on conflict deny",
                        "rule ok: permit pay; rule stop: deny pay; default deny;",
                        pay("alice", "10"),
                        "deny (conflict) by ok, stop"),
                row(
                        "on conflict escalate is the conflict's outcome, never permit",
                        "rule ok: permit pay; rule stop: deny pay; on conflict escalate to \"legal\";",
                        pay("alice", "10"),
                        "escalate to \"legal\" (conflict) by ok, stop"),
                row(
                        "agreeing winners all decide",
                        "rule a: deny pay; rule b: deny pay when context.verified; rule c: permit pay priority -1;",
                        pay("alice", "10"),
                        "deny (rule) by a, b"),
                row(
                        "an escalate rule routes",
                        "rule big: escalate pay to \"ops\" when request.amount >= 10;",
                        pay("alice", "10"),
                        "escalate to \"ops\" (rule) by big"),
                row(
                        "an action list matches each action",
                        "rule r: deny {crm.read, crm.delete_deal}; default escalate to \"x\";",
                        crm("crm.delete_deal"),
                        "deny (rule) by r"),
                row(
                        "a tool's quoted name is requested verbatim",
                        "rule r: permit \"write:refund\"; rule d: deny \"delete:record\";",
                        crm("write:refund"),
                        "permit (rule) by r"),
                row(
                        "a quoted wildcard matches the names that start with its prefix",
                        "rule r: deny \"delete:*\"; rule ok: permit \"write:refund\";",
                        crm("delete:record"),
                        "deny (rule) by r"),
                row(
                        "a quoted name that is also a bare name is that action",
                        "rule r: permit \"crm.read\";",
                        crm("crm.read"),
                        "permit (rule) by r"),
                row(
                        "a name differing only in case is another action",
                        "rule r: permit \"Fs/read-file\";",
                        crm("fs/read-file"),
                        "deny (unknown_action)"),
                row(
                        "action compares with a tool's quoted name",
                        "rule r: permit * when action == \"Fs/read-file\" or \"write:refund\" == action;",
                        crm("Fs/read-file"),
                        "permit (rule) by r"),
                row(
                        "action in a set of tool names",
                        "rule r: deny * when action in { \"delete:record\", crm.delete_deal } priority 1; rule ok: permit *;",
                        crm("delete:record"),
                        "deny (rule) by r"),
                row(
                        "a relation of actions holds tool names",
                        "relation may_use(agent: string, act: action) may_use(\"alice\", \"write:refund\")."
                                + " rule r: permit * when may_use(agent, action);",
                        crm("write:refund"),
                        "permit (rule) by r"),
                row(
                        "a relation of actions holds only the tool names its facts give",
                        "relation may_use(agent: string, act: action) may_use(\"alice\", \"write:refund\")."
                                + " rule r: permit * when may_use(agent, action);",
                        crm("delete:record"),
                        "deny (default)"),
                row(
                        "a dotted wildcard matches its actions",
                        "rule r: deny crm.delete_*; rule ok: permit crm.read;",
                        crm("crm.delete_contact"),
                        "deny (rule) by r"),
                row(
                        "a dotted wildcard leaves other actions",
                        "rule r: deny crm.delete_*; rule ok: permit crm.read;",
                        crm("crm.read"),
                        "permit (rule) by ok"),
                row(
                        "the wildcard * matches every action",
                        "rule r: escalate * to \"audit\" when context.region == \"eu\";",
                        crm("crm.read"),
                        "escalate to \"audit\" (rule) by r"),
                row(
                        "or, not and => combine conditions",
                        "rule r: permit pay when (context.tier == gold or not context.verified) => request.count < 3;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "in and not in test membership",
                        "rule r: permit pay when context.region in {\"eu\", \"uk\"} and context.tier not in {gold};",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "decimals are exact",
                        "rule r: permit pay when request.amount + request.fee == 10.3;",
                        pay("alice", "10.1"),
                        "permit (rule) by r"),
                row(
                        "linear arithmetic with constants and negation",
                        "rule r: permit pay when request.amount * 3 - request.fee > 29 and -request.count < 0;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "int overflow denies, naming it",
                        "rule r: permit pay when request.count * 9223372036854775807 > 0;",
                        pay("alice", "10"),
                        "deny (arithmetic_overflow)"),
                row(
                        "string predicates and len",
                        "rule r: permit pay when request.payee starts_with \"acct-\" and request.payee ends_with \"42\""
                                + " and request.payee contains \"t-4\" and len(request.payee) == 7;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "matches finds a match inside the string",
                        "rule r: deny pay when request.payee matches /[0-9]{2}/;",
                        pay("alice", "10"),
                        "deny (rule) by r"),
                row(
                        "an anchored pattern must match whole",
                        "rule r: deny pay when request.payee matches /^[0-9]+$/;",
                        pay("alice", "10"),
                        "deny (default)"),
                row(
                        "dates compare in order",
                        "rule r: permit pay when request.due < 2026-06-01 and request.due >= 2026-05-01;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "time.hour is read in the constitution's timezone (11:42Z is 13 in Paris in summer)",
                        "rule r: permit pay when time.hour == 13;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "time.weekday is read in the constitution's timezone",
                        "rule r: deny pay when time.weekday in {saturday, sunday}; rule ok: permit pay priority -1;",
                        pay("alice", "10"),
                        "permit (rule) by ok"),
                row(
                        "time.of_day and time.minute are read in the timezone, a time of day is its minutes (11:42Z is 13:42 in Paris)",
                        "rule r: permit pay when time.of_day >= 13:42 and time.of_day < 13:43 and time.minute == 42 and time.of_day == 822;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "time.date is the local date",
                        "rule r: permit pay when time.date == 2026-05-14 and time.date - request.due == 0;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "a date minus a date is the days from the right one to the left one",
                        "rule r: permit pay when request.due - 2026-05-01 == 13 and 2026-05-01 - request.due == -13;",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "a date that is not a calendar date is refused, never permitted",
                        "rule r: permit pay when request.due - time.date <= 30;",
                        pay("alice", "10").replace("\"due\": \"2026-05-14\"", "\"due\": \"2026-02-30\""),
                        "deny (ill_typed_attribute)"),
                row(
                        "a Datalog atom looks up materialised facts",
                        "rule r: permit pay when role(agent, \"teller\");",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "recursion follows delegation chains",
                        "may(A) :- role(A, \"teller\"). may(B) :- delegates(A, B), may(A). rule r: permit pay when may(agent);",
                        pay("bot-2", "10"),
                        "permit (rule) by r"),
                row(
                        "a delegate of an auditor gets nothing",
                        "may(A) :- role(A, \"teller\"). may(B) :- delegates(A, B), may(A). rule r: permit pay when may(agent);",
                        pay("bot-3", "10"),
                        "deny (default)"),
                row(
                        "negation reads a lower stratum",
                        "active(A) :- role(A, _), not revoked(A). rule r: permit pay when active(agent);",
                        pay("carol", "10"),
                        "permit (rule) by r"),
                row(
                        "a wildcard argument matches any value",
                        "rule r: permit pay when role(agent, _);",
                        pay("carol", "10"),
                        "permit (rule) by r"),
                row(
                        "comparisons in clause bodies",
                        "within(A, X) :- limit(A, M), limit(_, X), X <= M. rule r: permit pay when within(agent, 50);",
                        pay("alice", "10"),
                        "permit (rule) by r"),
                row(
                        "a request attribute as an atom argument",
                        "rule r: permit pay when limit(request.payee, 500);",
                        pay("alice", "10").replace("acct-42", "alice"),
                        "permit (rule) by r"),
                row(
                        "a variable takes a limit from the facts: at the limit",
                        "rule r: permit pay when limit(agent, L) and request.amount <= L;",
                        pay("alice", "500"),
                        "permit (rule) by r"),
                row(
                        "a variable takes a limit from the facts: above the limit",
                        "rule r: permit pay when limit(agent, L) and request.amount <= L;",
                        pay("alice", "500.01"),
                        "deny (default)"),
                row(
                        "a variable with no fact to bind it makes the condition false",
                        "rule r: permit pay when limit(agent, L) and request.amount <= L;",
                        pay("carol", "1"),
                        "deny (default)"),
                row(
                        "a variable used before its atom is bound all the same",
                        "rule r: permit pay when request.amount + request.fee <= L and limit(agent, L);",
                        pay("bot-1", "49.8"),
                        "permit (rule) by r"),
                row(
                        "a variable joins two atoms",
                        "rule r: permit pay when role(A, \"teller\") and delegates(A, agent) and limit(A, L) and request.amount <= L;",
                        pay("bot-1", "499"),
                        "permit (rule) by r"),
                row(
                        "some binding suffices: any limit of any agent",
                        "rule r: permit pay when limit(_, L) and request.amount <= L and L < 100;",
                        pay("carol", "50"),
                        "permit (rule) by r"),
                row(
                        "a bound variable filters a negated atom",
                        "rule r: permit pay when delegates(agent, B) and not revoked(B);",
                        pay("alice", "1"),
                        "permit (rule) by r"),
                row(
                        "a variable in a set test",
                        "rule r: permit pay when role(agent, R) and R in {\"teller\", \"admin\"};",
                        pay("alice", "1"),
                        "permit (rule) by r"),
                row(
                        "each side of or binds its own variable",
                        "rule r: permit pay when (limit(agent, L) and request.amount <= L) or (role(agent, R) and R == \"auditor\");",
                        pay("carol", "1"),
                        "permit (rule) by r"),
                row(
                        "a variable in unless",
                        "rule r: permit pay unless limit(agent, L) and request.amount > L;",
                        pay("alice", "501"),
                        "deny (default)"),
                row(
                        "int arithmetic with a variable that overflows for one binding fails closed",
                        "relation cap(n: int) cap(9223372036854775807). cap(1). "
                                + "rule r: permit pay when cap(N) and N + request.count > 0;",
                        pay("alice", "1"),
                        "deny (arithmetic_overflow)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(String name, String rules, String request, String expected) {
        Compilation c = Compiler.compile(List.of(new SourceFile("semantics.charter", SCHEMA + rules)));
        Program program =
                c.program().orElseThrow(() -> new AssertionError(c.diagnostics().toString()));
        Engine engine = Engine.forProgram(program);
        engine.attach(FactSnapshot.parse(FACTS.getBytes(StandardCharsets.UTF_8)));

        Decision d = engine.explainJson(request);
        Decision summary = engine.decideJson(request);

        assertEquals(expected, describe(d), d::toJson);
        assertEquals(
                d.effect() + " " + d.route() + " " + d.reasonCode() + " " + d.reason(),
                summary.effect() + " " + summary.route() + " " + summary.reasonCode() + " " + summary.reason(),
                "the summary decides as the explanation");
        assertEquals(CanonicalJson.string(d.toJsonTree()), d.toJson(), "the streamed JSON is the tree's");
    }

    private static String describe(Decision d) {
        return d.effect().keyword() + (d.route() == null ? "" : " to \"" + d.route() + "\"") + " ("
                + d.reasonCode().keyword() + ")" + (d.rules().isEmpty() ? "" : " by " + String.join(", ", d.rules()));
    }

    private static Arguments row(String name, String rules, String request, String expected) {
        return Arguments.of(name, rules, request, expected);
    }

    private static String pay(String agent, String amount) {
        return """
                { "agent": "%s", "action": "pay",
                  "request": { "amount": "%s", "fee": "0.2", "count": 2, "payee": "acct-42", "due": "2026-05-14" },
                  "context": { "verified": true, "tier": "basic", "region": "eu" },
                  "time": "2026-05-14T11:42:09Z" }
                """.formatted(agent, amount);
    }

    private static String crm(String action) {
        return """
                { "agent": "alice", "action": "%s", "request": { "id": "c-1" },
                  "context": { "verified": true, "tier": "gold", "region": "eu" }, "time": "2026-05-14T11:42:09Z" }
                """.formatted(action);
    }
}
