package dev.charter.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.Term;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static ParseResult parse(String text) {
        return Parser.parse("t.charter", text);
    }

    private static Declaration only(String text) {
        ParseResult result = parse(text);
        assertEquals(List.of(), result.diagnostics());
        assertEquals(1, result.file().declarations().size());
        return result.file().declarations().get(0);
    }

    private static Declaration.RuleDecl rule(String text) {
        return (Declaration.RuleDecl) only(text);
    }

    private static Expression condition(String expression) {
        return rule("rule r: permit a when " + expression + ";").when().orElseThrow();
    }

    private static String codes(ParseResult result) {
        return result.diagnostics().stream().map(d -> d.code().code()).collect(Collectors.joining(","));
    }

    @Test
    void an_upper_case_name_in_a_condition_is_a_variable() {
        Expression.And and =
                assertInstanceOf(Expression.And.class, condition("limit(agent, L) and request.amount <= L"));
        Expression.Call atom = assertInstanceOf(Expression.Call.class, and.left());
        assertEquals(
                "L",
                assertInstanceOf(Expression.Variable.class, atom.arguments().get(1))
                        .name());
        Expression.Comparison comparison = assertInstanceOf(Expression.Comparison.class, and.right());
        assertInstanceOf(Expression.Variable.class, comparison.right());
    }

    @Test
    void implies_binds_loosest_then_or_then_and_then_not() {
        Expression.Implies implies = assertInstanceOf(Expression.Implies.class, condition("a or b and not c => d"));
        Expression.Or or = assertInstanceOf(Expression.Or.class, implies.left());
        Expression.And and = assertInstanceOf(Expression.And.class, or.right());
        assertInstanceOf(Expression.Not.class, and.right());
    }

    @Test
    void implies_is_right_associative_and_the_others_left_associative() {
        Expression.Implies implies = assertInstanceOf(Expression.Implies.class, condition("a => b => c"));
        assertInstanceOf(Expression.Implies.class, implies.right());
        Expression.And and = assertInstanceOf(Expression.And.class, condition("a and b and c"));
        assertInstanceOf(Expression.And.class, and.left());
    }

    @Test
    void not_applies_to_a_whole_comparison() {
        Expression.Not not = assertInstanceOf(Expression.Not.class, condition("not request.amount > 5"));
        assertInstanceOf(Expression.Comparison.class, not.operand());
    }

    @Test
    void unary_minus_binds_tighter_than_times_and_times_tighter_than_plus() {
        Expression.Comparison comparison = assertInstanceOf(Expression.Comparison.class, condition("-a * b + c < 2"));
        Expression.Arithmetic plus = assertInstanceOf(Expression.Arithmetic.class, comparison.left());
        assertEquals(Expression.ArithmeticOperator.PLUS, plus.operator());
        Expression.Arithmetic times = assertInstanceOf(Expression.Arithmetic.class, plus.left());
        assertInstanceOf(Expression.Negate.class, times.left());
    }

    @Test
    void parentheses_group_without_leaving_a_node() {
        Expression.And and = assertInstanceOf(Expression.And.class, condition("(a or b) and c"));
        assertInstanceOf(Expression.Or.class, and.left());
    }

    @Test
    void sets_keep_names_and_signed_numbers_as_written() {
        Expression.InSet in =
                assertInstanceOf(Expression.InSet.class, condition("request.n not in {-3, 4.5, teller, \"x\"}"));
        assertTrue(in.negated());
        assertEquals("-3", ((Literal.IntLiteral) in.elements().get(0)).text());
        assertEquals("4.5", ((Literal.DecimalLiteral) in.elements().get(1)).text());
        assertEquals("teller", ((NameRef) in.elements().get(2)).name());
        assertEquals("x", ((Literal.StringLiteral) in.elements().get(3)).value());
    }

    @Test
    void matches_keeps_the_regex_source_between_the_slashes() {
        Expression.Matches matches =
                assertInstanceOf(Expression.Matches.class, condition("request.path matches /^a\\/b[0-9]+$/"));
        assertEquals("^a\\/b[0-9]+$", matches.pattern());
    }

    @Test
    void string_predicates_calls_attributes_and_atoms_with_wildcards() {
        Expression.StringTest test =
                assertInstanceOf(Expression.StringTest.class, condition("request.target starts_with \"int\""));
        assertEquals(Expression.StringOperator.STARTS_WITH, test.operator());
        Expression.Comparison length =
                assertInstanceOf(Expression.Comparison.class, condition("len(request.target) <= 3"));
        assertEquals("len", ((Expression.Call) length.left()).callee().text());
        Expression.Call atom = assertInstanceOf(Expression.Call.class, condition("may(_, initiate_payment)"));
        assertInstanceOf(Wildcard.class, atom.arguments().get(0));
        Expression.AttributeRef hour =
                (Expression.AttributeRef) ((Expression.Comparison) condition("time.hour < 9")).left();
        assertEquals(Expression.Scope.TIME, hour.scope());
        assertEquals("hour", hour.attribute().text());
    }

    @Test
    void action_effect_dates_and_booleans_are_values() {
        Expression.Comparison decision =
                assertInstanceOf(Expression.Comparison.class, condition("decision != escalate"));
        assertInstanceOf(Expression.EffectRef.class, decision.right());
        assertInstanceOf(
                Expression.CurrentAction.class, ((Expression.Comparison) condition("action == crm.read")).left());
        assertEquals(
                "2026-03-01",
                ((Literal.DateLiteral) ((Expression.Comparison) condition("d < 2026-03-01")).right()).text());
        assertInstanceOf(Literal.BoolLiteral.class, ((Expression.Comparison) condition("context.ok == true")).right());
    }

    @Test
    void a_time_of_day_is_a_clock_literal_worth_its_minutes_since_midnight() {
        Expression.Comparison open = (Expression.Comparison) condition("time.of_day >= 09:30");
        Literal.ClockLiteral clock = assertInstanceOf(Literal.ClockLiteral.class, open.right());
        assertEquals("09:30", clock.text());
        assertEquals(570, clock.minutes());
        assertEquals(
                1439,
                ((Literal.ClockLiteral) ((Expression.Comparison) condition("time.of_day < 23:59")).right()).minutes());
    }

    @Test
    void action_patterns_cover_names_lists_and_the_three_wildcards() {
        assertEquals(
                "crm.delete_contact",
                ((ActionPattern.ActionName)
                                rule("rule r: deny crm.delete_contact;").actions())
                        .name()
                        .text());
        assertEquals(
                "crm.delete_",
                ((ActionPattern.ActionWildcard)
                                rule("rule r: deny crm.delete_*;").actions())
                        .prefix());
        assertEquals(
                "crm.",
                ((ActionPattern.ActionWildcard) rule("rule r: deny crm.*;").actions()).prefix());
        assertTrue(((ActionPattern.ActionWildcard) rule("rule r: deny *;").actions()).matchesEveryAction());
        ActionPattern.ActionList list = (ActionPattern.ActionList)
                rule("rule r: permit {a, b.c, d.*,};").actions();
        assertEquals(3, list.items().size());
    }

    @Test
    void a_wildcard_separated_from_its_name_is_an_error() {
        ParseResult result = parse("rule r: deny crm.delete_ *;");
        assertEquals("detached-wildcard", codes(result));
    }

    @Test
    void the_priority_literal_is_kept_as_written_for_the_checker() {
        assertEquals(
                "-3",
                ((Literal.IntLiteral)
                                rule("rule r: deny a priority -3;").priority().orElseThrow())
                        .text());
        assertEquals(
                "1.5",
                ((Literal.DecimalLiteral)
                                rule("rule r: deny a priority 1.5;").priority().orElseThrow())
                        .text());
        assertEquals(
                "high",
                ((Literal.StringLiteral) rule("rule r: deny a priority \"high\";")
                                .priority()
                                .orElseThrow())
                        .value());
    }

    @Test
    void string_escapes_are_resolved_in_the_value() {
        Declaration.RuleDecl rule = rule("rule r: deny a because \"say \\\"no\\\" \\u0041\\n\";");
        assertEquals("say \"no\" A\n", rule.because().orElseThrow().value());
    }

    @Test
    void datalog_rules_have_negation_comparisons_wildcards_and_constants() {
        Declaration.ClauseDecl clause = (Declaration.ClauseDecl)
                only("blocked(A, \"x\", -2) :- agent(A, _, crm.read), not trusted(A), A != root.");
        assertEquals(
                List.of("Variable", "StringLiteral", "IntLiteral"),
                clause.head().terms().stream()
                        .map(t -> t.getClass().getSimpleName())
                        .collect(Collectors.toList()));
        assertInstanceOf(
                Wildcard.class,
                ((dev.charter.compiler.ast.DatalogAtom) clause.body().get(0))
                        .terms()
                        .get(1));
        assertEquals(
                "crm.read",
                ((NameRef) ((dev.charter.compiler.ast.DatalogAtom) clause.body().get(0))
                                .terms()
                                .get(2))
                        .name());
        assertInstanceOf(BodyLiteral.NegatedAtom.class, clause.body().get(1));
        BodyLiteral.TermComparison comparison =
                (BodyLiteral.TermComparison) clause.body().get(2);
        assertEquals(CompareOp.NE, comparison.operator());
        assertInstanceOf(Term.Variable.class, comparison.left());
        assertTrue(((Declaration.ClauseDecl) only("grants(teller, pay).")).isFact());
    }

    @Test
    void soft_keywords_name_fields_and_relations() {
        Declaration.RelationDecl relation =
                (Declaration.RelationDecl) only("input relation delegates(from: string, to: string, act: action)");
        assertTrue(relation.input());
        assertEquals(
                List.of("from", "to", "act"),
                relation.columns().stream().map(c -> c.name().text()).collect(Collectors.toList()));
        assertEquals("action", relation.columns().get(2).type().name());
    }

    @Test
    void routes_conflict_policy_and_default_with_route() {
        ParseResult result = parse(
                "routes { \"ops\" \"legal\", }\non conflict escalate to \"ops\";\ndefault escalate to \"legal\";");
        assertEquals(List.of(), result.diagnostics());
        List<Declaration> declarations = result.file().declarations();
        assertEquals(2, ((Declaration.RoutesDecl) declarations.get(0)).routes().size());
        assertEquals(
                "ops",
                ((Declaration.ConflictDecl) declarations.get(1))
                        .route()
                        .orElseThrow()
                        .value());
        assertEquals(
                "legal",
                ((Declaration.DefaultDecl) declarations.get(2))
                        .route()
                        .orElseThrow()
                        .value());
    }

    @Test
    void spans_point_at_the_first_and_last_character_of_each_node() {
        Declaration.RuleDecl rule =
                (Declaration.RuleDecl) only("// c\nrule small:\n  permit pay\n  when request.amount < 10;\n");
        assertEquals(new SourceSpan("t.charter", 2, 1, 4, 27), rule.span());
        assertEquals(new SourceSpan("t.charter", 2, 6, 2, 10), rule.name().span());
        assertEquals(
                new SourceSpan("t.charter", 4, 8, 4, 26),
                rule.when().orElseThrow().span());
    }

    @Test
    void a_broken_declaration_is_left_out_and_the_others_are_kept() {
        ParseResult result = parse("action pay {}\nrule bad: permit pay when ;\nrule good: permit pay;\ndefault deny;");
        assertEquals("syntax-error", codes(result));
        assertEquals(
                List.of("ActionDecl", "RuleDecl", "DefaultDecl"),
                result.file().declarations().stream()
                        .map(d -> d.getClass().getSimpleName())
                        .collect(Collectors.toList()));
        assertEquals(
                "good",
                ((Declaration.RuleDecl) result.file().declarations().get(1))
                        .name()
                        .text());
    }

    @Test
    void a_missing_semicolon_before_the_next_rule_keeps_both_rules() {
        ParseResult result = parse("rule a: permit x when c\nrule b: deny y;");
        assertEquals(1, result.diagnostics().size());
        assertEquals(2, result.file().declarations().size());
    }

    @Test
    void empty_and_comment_only_files_are_empty_constitutions() {
        assertEquals(0, parse("").file().declarations().size());
        ParseResult comments = parse("// nothing\n/* at\n all */\n");
        assertFalse(comments.hasErrors());
        assertEquals(0, comments.file().declarations().size());
    }

    @Test
    void syntax_errors_stop_after_fifty_with_one_closing_diagnostic() {
        ParseResult result = parse("rule r: allow x;\n".repeat(200));
        assertEquals(SyntaxErrorLog.LIMIT + 1, result.diagnostics().size());
        assertEquals(
                "too-many-errors",
                result.diagnostics().get(result.diagnostics().size() - 1).code().code());
    }

    @Test
    void oversized_input_is_refused_with_one_diagnostic_before_lexing() {
        ParseResult result = parse("x".repeat(3 * 1024 * 1024));
        assertEquals("input-too-large", codes(result));
    }

    @Test
    void thousands_of_nested_parentheses_give_one_diagnostic_not_a_stack_overflow() {
        ParseResult result = parse("rule r: permit a when " + "(".repeat(100_000) + "x" + ")".repeat(100_000) + ";");
        assertEquals("nesting-too-deep", codes(result));
        ParseResult nots = parse("rule r: permit a when " + "not ".repeat(100_000) + "x;");
        assertEquals("nesting-too-deep", codes(nots));
    }

    @Test
    void a_very_long_chain_of_conjunctions_gives_one_diagnostic_not_a_stack_overflow() {
        String chain = String.join(" and ", java.util.Collections.nCopies(50_000, "c"));
        ParseResult result = parse("rule r: permit a when " + chain + ";\ndefault deny;");
        assertEquals("nesting-too-deep", codes(result));
        assertEquals(1, result.file().declarations().size());
    }
}
