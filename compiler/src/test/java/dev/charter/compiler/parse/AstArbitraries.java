package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.Argument;
import dev.charter.compiler.ast.BodyLiteral;
import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.DatalogAtom;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.Header;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.Name;
import dev.charter.compiler.ast.NameRef;
import dev.charter.compiler.ast.SetElement;
import dev.charter.compiler.ast.Term;
import dev.charter.compiler.ast.TypeRef;
import dev.charter.compiler.ast.Wildcard;
import dev.charter.grammar.CharterLexer;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.SourceSpan;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Random well-formed ASTs: every shape the grammar can express, with names that are not
 * keywords and numbers signed only where the grammar glues a sign to them.
 */
public final class AstArbitraries {

    static final SourceSpan SPAN = new SourceSpan("generated.charter", 1, 1, 1, 1);

    private static final Set<String> KEYWORDS = IntStream.range(1, CharterLexer.VOCABULARY.getMaxTokenType() + 1)
            .mapToObj(CharterLexer.VOCABULARY::getLiteralName)
            .filter(n -> n != null && Character.isLetter(n.charAt(1)))
            .map(n -> n.substring(1, n.length() - 1))
            .collect(Collectors.toSet());

    private AstArbitraries() {}

    public static Arbitrary<ConstitutionFile> files() {
        return Combinators.combine(header().optional(0.3), declaration().list().ofMaxSize(6))
                .as((header, declarations) -> new ConstitutionFile(SPAN, "generated.charter", header, declarations));
    }

    // ------------------------------------------------------------ names and literals

    static Arbitrary<String> word() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('_', '0', '7')
                .ofMinLength(1)
                .ofMaxLength(8)
                .filter(w -> Character.isLetter(w.charAt(0)) && !KEYWORDS.contains(w));
    }

    private static Arbitrary<String> upperWord() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withChars('_', '3')
                .ofMaxLength(5)
                .map(rest -> "V" + rest);
    }

    private static Arbitrary<String> dotted() {
        return word().list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
    }

    /** An action name: bare and dotted, or a tool's name that must be quoted ({@code write:refund}). */
    private static Arbitrary<String> actionName() {
        return Arbitraries.oneOf(dotted(), toolName().ofMinLength(1));
    }

    /** Text of the characters a tool's name may hold: every visible ASCII character but {@code " \ *}. */
    private static StringArbitrary toolName() {
        return Arbitraries.strings()
                .withCharRange('!', '~')
                .excludeChars('"', '\\', '*')
                .ofMaxLength(12);
    }

    private static Arbitrary<Name> name() {
        return word().map(w -> new Name(SPAN, w));
    }

    private static Arbitrary<Literal.StringLiteral> string() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('\n', '\t', '\u0001', 'é', '\u20ac')
                .ofMaxLength(10)
                .map(s -> new Literal.StringLiteral(SPAN, s));
    }

    private static Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    }

    /** A literal as a condition or header may hold it: numbers unsigned. */
    static Arbitrary<Literal> literal() {
        return Arbitraries.oneOf(
                string(),
                digits().map(d -> new Literal.IntLiteral(SPAN, d)),
                Combinators.combine(digits(), digits()).as((i, f) -> new Literal.DecimalLiteral(SPAN, i + "." + f)),
                Arbitraries.integers()
                        .between(0, 3000)
                        .map(days -> new Literal.DateLiteral(
                                SPAN, LocalDate.of(2024, 1, 1).plusDays(days).toString())),
                Arbitraries.integers()
                        .between(0, 1439)
                        .map(m -> new Literal.ClockLiteral(SPAN, String.format("%02d:%02d", m / 60, m % 60))),
                Arbitraries.of(true, false).map(b -> new Literal.BoolLiteral(SPAN, b)));
    }

    /** A literal where the grammar also accepts a glued minus: Datalog terms, set members, priorities. */
    private static Arbitrary<Literal> signedLiteral() {
        return Arbitraries.oneOf(
                literal(),
                digits().map(d -> new Literal.IntLiteral(SPAN, "-" + d)),
                Combinators.combine(digits(), digits())
                        .as((i, f) -> new Literal.DecimalLiteral(SPAN, "-" + i + "." + f)));
    }

    // ------------------------------------------------------------ declarations

    private static Arbitrary<Header> header() {
        Arbitrary<Header.Field> field =
                Combinators.combine(name(), literal()).as((k, v) -> new Header.Field(SPAN, k, v));
        return Combinators.combine(string(), digits(), field.list().ofMaxSize(3))
                .as((n, v, fields) -> new Header(SPAN, n, new Literal.IntLiteral(SPAN, v), fields));
    }

    private static Arbitrary<FieldDecl> field() {
        Arbitrary<TypeRef> type = Arbitraries.oneOf(word(), upperWord(), Arbitraries.just("action"))
                .map(t -> new TypeRef(SPAN, t));
        return Combinators.combine(name(), type).as((n, t) -> new FieldDecl(SPAN, n, t));
    }

    /**
     * An action parameter: a field that may be optional ({@code name?: type}), or an object of
     * such parameters, nested up to twice, that may be optional and open.
     */
    private static Arbitrary<FieldDecl> parameter() {
        return parameter(2);
    }

    private static Arbitrary<FieldDecl> parameter(int depth) {
        Arbitrary<FieldDecl> plain = Combinators.combine(field(), Arbitraries.of(true, false))
                .as((f, optional) -> new FieldDecl(SPAN, f.name(), f.type(), optional));
        if (depth == 0) {
            return plain;
        }
        Arbitrary<FieldDecl> object = Combinators.combine(
                        name(),
                        Arbitraries.of(true, false),
                        parameter(depth - 1).list().ofMaxSize(3),
                        Arbitraries.of(true, false))
                .as((n, optional, fields, open) -> new FieldDecl(
                        SPAN,
                        n,
                        new TypeRef(SPAN, "object"),
                        optional,
                        Optional.of(new FieldDecl.ObjectShape(fields, open))));
        Arbitrary<FieldDecl> list = Combinators.combine(
                        field(),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 2000).optional())
                .as((f, optional, bound) -> new FieldDecl(
                        SPAN,
                        f.name(),
                        f.type(),
                        optional,
                        Optional.empty(),
                        Optional.of(new FieldDecl.ListShape(SPAN, bound.map(String::valueOf)))));
        Arbitrary<FieldDecl> listOfObjects = Combinators.combine(
                        name(), Arbitraries.of(true, false), parameter(0).list().ofMaxSize(3))
                .as((n, optional, fields) -> new FieldDecl(
                        SPAN,
                        n,
                        new TypeRef(SPAN, "object"),
                        optional,
                        Optional.of(new FieldDecl.ObjectShape(fields, false)),
                        Optional.of(new FieldDecl.ListShape(SPAN, Optional.empty()))));
        return Arbitraries.frequencyOf(
                Tuple.of(4, plain), Tuple.of(1, object), Tuple.of(1, list), Tuple.of(1, listOfObjects));
    }

    static Arbitrary<Declaration> declaration() {
        return Arbitraries.oneOf(
                Combinators.combine(
                                Arbitraries.oneOf(word(), upperWord()),
                                name().list().ofMinSize(1).ofMaxSize(4))
                        .as((n, values) -> new Declaration.EnumDecl(SPAN, new Name(SPAN, n), values)),
                field().list().ofMaxSize(3).map(fields -> new Declaration.ContextDecl(SPAN, fields)),
                Combinators.combine(actionName(), parameter().list().ofMaxSize(3), Arbitraries.of(true, false))
                        .as((n, params, open) -> new Declaration.ActionDecl(SPAN, new Name(SPAN, n), params, open)),
                Combinators.combine(
                                Arbitraries.of(true, false),
                                name(),
                                field().list().ofMinSize(1).ofMaxSize(3))
                        .as((input, n, columns) -> new Declaration.RelationDecl(SPAN, input, n, columns)),
                string().list().ofMinSize(1).ofMaxSize(3).map(routes -> new Declaration.RoutesDecl(SPAN, routes)),
                clause(),
                rule(),
                Combinators.combine(effect(), string().optional())
                        .as((e, r) -> new Declaration.DefaultDecl(SPAN, e, r)),
                Combinators.combine(effect(), string().optional())
                        .as((e, r) -> new Declaration.ConflictDecl(SPAN, e, r)),
                Combinators.combine(name(), expression(3)).as((n, c) -> new Declaration.AssertDecl(SPAN, n, c)));
    }

    private static Arbitrary<Effect> effect() {
        return Arbitraries.of(Effect.class);
    }

    private static Arbitrary<Declaration> rule() {
        Arbitrary<Optional<Literal>> priority = Arbitraries.oneOf(
                        Arbitraries.integers().between(-50, 200).map(p ->
                                (Literal) new Literal.IntLiteral(SPAN, String.valueOf(p))),
                        signedLiteral())
                .optional();
        return Combinators.combine(
                        name(),
                        effect(),
                        pattern(),
                        string().optional(),
                        expression(3).optional(),
                        expression(2).optional(),
                        priority,
                        string().optional())
                .as((n, e, p, route, when, unless, prio, because) ->
                        new Declaration.RuleDecl(SPAN, n, e, p, route, when, unless, prio, because));
    }

    private static Arbitrary<ActionPattern.Single> single() {
        return Arbitraries.oneOf(
                actionName().map(n -> new ActionPattern.ActionName(SPAN, new Name(SPAN, n))),
                Arbitraries.just(new ActionPattern.ActionWildcard(SPAN, "")),
                dotted().map(n -> new ActionPattern.ActionWildcard(SPAN, n + ".")),
                dotted().map(n -> new ActionPattern.ActionWildcard(SPAN, n)),
                toolName().map(prefix -> new ActionPattern.ActionWildcard(SPAN, prefix)));
    }

    private static Arbitrary<ActionPattern> pattern() {
        Arbitrary<ActionPattern.Single> single = single();
        return Arbitraries.oneOf(
                single,
                single.list().ofMinSize(1).ofMaxSize(3).map(items -> new ActionPattern.ActionList(SPAN, items)));
    }

    // ------------------------------------------------------------ Datalog

    private static Arbitrary<Declaration> clause() {
        Arbitrary<BodyLiteral> body = Arbitraries.oneOf(
                atom(),
                atom().map(a -> new BodyLiteral.NegatedAtom(SPAN, a)),
                Combinators.combine(Arbitraries.of(CompareOp.class), term(), term())
                        .as((op, l, r) -> new BodyLiteral.TermComparison(SPAN, op, l, r)));
        return Combinators.combine(atom(), body.list().ofMaxSize(3))
                .as((head, b) -> new Declaration.ClauseDecl(SPAN, head, b));
    }

    private static Arbitrary<DatalogAtom> atom() {
        return Combinators.combine(name(), term().list().ofMinSize(1).ofMaxSize(3))
                .as((n, t) -> new DatalogAtom(SPAN, n, t));
    }

    private static Arbitrary<Term> term() {
        return Arbitraries.oneOf(
                upperWord().map(v -> new Term.Variable(SPAN, v)),
                Arbitraries.just(new Wildcard(SPAN)),
                dotted().map(n -> new NameRef(SPAN, n)),
                signedLiteral().map(l -> (Term) l));
    }

    // ------------------------------------------------------------ expressions

    static Arbitrary<Expression> expression(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Expression> sub = Arbitraries.lazy(() -> expression(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf()),
                net.jqwik.api.Tuple.of(
                        1, Combinators.combine(sub, sub).as((l, r) -> new Expression.Implies(SPAN, l, r))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> new Expression.Or(SPAN, l, r))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> new Expression.And(SPAN, l, r))),
                net.jqwik.api.Tuple.of(1, sub.map(o -> new Expression.Not(SPAN, o))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(Arbitraries.of(CompareOp.class), sub, sub)
                                .as((op, l, r) -> new Expression.Comparison(SPAN, op, l, r))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(
                                        sub,
                                        Arbitraries.of(true, false),
                                        setElement().list().ofMinSize(1).ofMaxSize(3))
                                .as((o, negated, elements) -> new Expression.InSet(SPAN, o, negated, elements))),
                net.jqwik.api.Tuple.of(
                        1, Combinators.combine(sub, regex()).as((o, p) -> new Expression.Matches(SPAN, o, p))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(Arbitraries.of(Expression.StringOperator.class), sub, sub)
                                .as((op, l, r) -> new Expression.StringTest(SPAN, op, l, r))),
                net.jqwik.api.Tuple.of(
                        2,
                        Combinators.combine(Arbitraries.of(Expression.ArithmeticOperator.class), sub, sub)
                                .as((op, l, r) -> new Expression.Arithmetic(SPAN, op, l, r))),
                net.jqwik.api.Tuple.of(1, sub.map(o -> new Expression.Negate(SPAN, o))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(Arbitraries.of(Expr.QuantifierKind.class), name(), sub, sub)
                                .as((kind, variable, list, body) ->
                                        new Expression.Quantified(SPAN, kind, variable, list, body))),
                net.jqwik.api.Tuple.of(1, history()),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(
                                        name(),
                                        argument(sub).list().ofMinSize(1).ofMaxSize(3))
                                .as((callee, args) -> new Expression.Call(SPAN, callee, args))));
    }

    /** A history term as the parser reads it, whether or not it type-checks. */
    static Arbitrary<Expression> history() {
        Arbitrary<Expression.AttributeRef> parameter = Arbitraries.oneOf(name(), dotted().map(d -> new Name(SPAN, d)))
                .map(n -> new Expression.AttributeRef(SPAN, Expression.Scope.REQUEST, n));
        Arbitrary<Expression.HistoryClause> clause = Arbitraries.oneOf(
                parameter.map(p -> new Expression.HistoryClause.Same(SPAN, p)),
                name().map(n -> new Expression.HistoryClause.Same(SPAN, new NameRef(SPAN, n.text()))),
                Arbitraries.of("agent", "session")
                        .map(n -> new Expression.HistoryClause.Same(SPAN, new NameRef(SPAN, n))),
                Combinators.combine(
                                digits(),
                                Arbitraries.oneOf(
                                        name(), Arbitraries.of("hour", "days").map(u -> new Name(SPAN, u))))
                        .as((amount, unit) ->
                                new Expression.HistoryClause.Within(SPAN, new Literal.IntLiteral(SPAN, amount), unit)));
        return Combinators.combine(
                        Arbitraries.of(Expr.HistoryAggregate.class),
                        parameter.optional(0.4),
                        Arbitraries.of(HistoryQuery.EffectFilter.class),
                        single(),
                        clause.list().ofMaxSize(3))
                .as((aggregate, summand, effect, actions, clauses) ->
                        new Expression.History(SPAN, aggregate, summand, effect, actions, clauses));
    }

    private static Arbitrary<Argument> argument(Arbitrary<Expression> expression) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Wildcard(SPAN))),
                net.jqwik.api.Tuple.of(3, expression.map(e -> (Argument) e)));
    }

    private static Arbitrary<SetElement> setElement() {
        return Arbitraries.oneOf(signedLiteral().map(l -> (SetElement) l), dotted().map(n -> new NameRef(SPAN, n)));
    }

    private static Arbitrary<String> regex() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("abcXYZ019^$.+?[]()|-")
                        .ofMinLength(1)
                        .ofMaxLength(3),
                Arbitraries.of("\\/", "\\d", "\\\\", "*"));
        return piece.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(pieces -> String.join("", pieces))
                .filter(p -> !p.startsWith("*"));
    }

    private static Arbitrary<Expression> leaf() {
        return Arbitraries.oneOf(
                literal().map(l -> (Expression) l),
                dotted().map(n -> new NameRef(SPAN, n)),
                Combinators.combine(
                                Arbitraries.of(Expression.Scope.class),
                                Arbitraries.oneOf(name(), dotted().map(d -> new Name(SPAN, d))))
                        .as((scope, attribute) -> new Expression.AttributeRef(SPAN, scope, attribute)),
                Arbitraries.just(new Expression.CurrentAction(SPAN)),
                Arbitraries.just(new Expression.NullRef(SPAN)),
                effect().map(e -> new Expression.EffectRef(SPAN, e)),
                Arbitraries.of("L", "R", "Limit_2").map(v -> new Expression.Variable(SPAN, v)));
    }
}
