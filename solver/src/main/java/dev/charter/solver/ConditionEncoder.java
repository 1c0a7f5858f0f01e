package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.CharSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.SeqExpr;
import com.microsoft.z3.SeqSort;
import dev.charter.runtime.ReasonCode;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Regex;
import dev.charter.runtime.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a condition as a Z3 term, following the semantics documented on {@link Expr}: numeric
 * comparisons across int and decimal, exact 64-bit int arithmetic whose overflow is an
 * evaluation error, code-point strings, {@code matches} as a search unless anchored, and atoms
 * through {@link Knowledge}.
 *
 * <p>Evaluation errors are collected, not hidden, in evaluation order ({@link #failures()}): each
 * int operation adds "this result leaves 64 bits, and evaluation reached it"
 * ({@code arithmetic_overflow}), each history term "the request lacks a value one of its equalities
 * compares, and evaluation reached it" ({@code missing_attribute}). Evaluation reaches an operand
 * the way the runtime does: {@code and}, {@code or} and {@code =>} evaluate left to right and stop
 * as soon as the result is known.
 *
 * <p>An {@code exists} over relations whose tuples are finitely many ({@link Knowledge#tuples})
 * is the disjunction, over every combination of one tuple per atom, of "the tuples are there, agree
 * with the atoms' known arguments, and the body holds with the variables bound to their columns";
 * an overflow of one combination counts when evaluation reaches it, as the runtime, which tries
 * every binding when the body can fail, finds it. Over an input relation of the proof encoding
 * (any set of tuples) the variables are Z3 bound variables instead, and so is the overflow:
 * "for some values of the variables whose atoms hold, evaluation reached an overflow".
 */
final class ConditionEncoder implements ExprVisitor<com.microsoft.z3.Expr<?>> {

    private final ValueCodec codec;
    private final Context z3;
    private final RequestSpace space;
    private final Knowledge knowledge;
    private final com.microsoft.z3.Expr<?> decision;
    private final com.microsoft.z3.Expr<?> route;
    private final List<Failure> failures = new ArrayList<>();
    private final java.util.Map<String, com.microsoft.z3.Expr<?>> variables = new java.util.HashMap<>();
    private final java.util.Map<String, com.microsoft.z3.Expr<?>> elements = new java.util.HashMap<>();
    private BoolExpr reached;

    /**
     * @param decision the decision term for assertions; null in rule conditions
     * @param route the route term for assertions; null in rule conditions
     */
    ConditionEncoder(
            ValueCodec codec,
            RequestSpace space,
            Knowledge knowledge,
            com.microsoft.z3.Expr<?> decision,
            com.microsoft.z3.Expr<?> route) {
        this.codec = codec;
        this.z3 = codec.z3();
        this.space = space;
        this.knowledge = knowledge;
        this.decision = decision;
        this.route = route;
        this.reached = z3.mkTrue();
    }

    BoolExpr condition(Expr condition) {
        return (BoolExpr) condition.accept(this);
    }

    /** One way evaluation can fail: where it does, and the reason code the runtime denies with. */
    record Failure(BoolExpr when, ReasonCode code) {}

    /** Whether evaluating the conditions encoded so far fails on a request. */
    BoolExpr failures() {
        return z3.mkOr(failures.stream().map(Failure::when).toArray(BoolExpr[]::new));
    }

    /**
     * The reason code of the first failure in evaluation order, as the ordinal of its
     * {@link ReasonCode}: the runtime stops at it. Meaningful where {@link #failures()} holds.
     */
    com.microsoft.z3.Expr<com.microsoft.z3.IntSort> failureCode() {
        com.microsoft.z3.Expr<com.microsoft.z3.IntSort> code = z3.mkInt(ReasonCode.ARITHMETIC_OVERFLOW.ordinal());
        for (int i = failures.size() - 1; i >= 0; i--) {
            code = z3.mkITE(
                    failures.get(i).when(), z3.mkInt(failures.get(i).code().ordinal()), code);
        }
        return code;
    }

    /** A regular test of a string the automata decide: the disjunction of its tests' flags, negated where asked. */
    private java.util.Optional<BoolExpr> regular(Expr node) {
        return RegularStrings.use(node).filter(u -> space.isRegular(u.key())).map(u -> {
            BoolExpr any = z3.mkOr(u.shape().tests().stream()
                    .map(t -> space.regularTest(u.key(), t))
                    .toArray(BoolExpr[]::new));
            return u.shape().negated() ? z3.mkNot(any) : any;
        });
    }

    public com.microsoft.z3.Expr<?> visitConst(Expr.Const node) {
        return codec.encode(node.value());
    }

    public com.microsoft.z3.Expr<?> visitAttribute(Expr.Attribute node) {
        return space.attribute(node.scope(), node.name(), node.type());
    }

    public com.microsoft.z3.Expr<?> visitPresent(Expr.Present node) {
        return space.presence(node.name());
    }

    public com.microsoft.z3.Expr<?> visitAgent(Expr.Agent node) {
        return space.agent();
    }

    public com.microsoft.z3.Expr<?> visitCurrentAction(Expr.CurrentAction node) {
        return z3.mkInt(codec.actionCode(space.action().name()));
    }

    public com.microsoft.z3.Expr<?> visitActionIs(Expr.ActionIs node) {
        return z3.mkBool(node.action().equals(space.action().name()));
    }

    public com.microsoft.z3.Expr<?> visitDecisionRef(Expr.DecisionRef node) {
        return decision;
    }

    public com.microsoft.z3.Expr<?> visitRouteRef(Expr.RouteRef node) {
        return route;
    }

    public com.microsoft.z3.Expr<?> visitNot(Expr.Not node) {
        return z3.mkNot(bool(node.operand()));
    }

    public com.microsoft.z3.Expr<?> visitAnd(Expr.And node) {
        return shortCircuit(node.operands(), true);
    }

    public com.microsoft.z3.Expr<?> visitOr(Expr.Or node) {
        return shortCircuit(node.operands(), false);
    }

    /** Operand i is reached only if operands before it did not settle the result. */
    private BoolExpr shortCircuit(List<Expr> operands, boolean conjunction) {
        BoolExpr outer = reached;
        List<BoolExpr> encoded = new ArrayList<>();
        for (Expr operand : operands) {
            BoolExpr term = bool(operand);
            encoded.add(term);
            reached = z3.mkAnd(reached, conjunction ? term : z3.mkNot(term));
        }
        reached = outer;
        BoolExpr[] terms = encoded.toArray(new BoolExpr[0]);
        return conjunction ? z3.mkAnd(terms) : z3.mkOr(terms);
    }

    public com.microsoft.z3.Expr<?> visitImplies(Expr.Implies node) {
        BoolExpr premise = bool(node.premise());
        BoolExpr outer = reached;
        reached = z3.mkAnd(reached, premise);
        BoolExpr conclusion = bool(node.conclusion());
        reached = outer;
        return z3.mkImplies(premise, conclusion);
    }

    public com.microsoft.z3.Expr<?> visitCompare(Expr.Compare node) {
        java.util.Optional<BoolExpr> test = regular(node);
        if (test.isPresent()) {
            return test.get();
        }
        com.microsoft.z3.Expr<?> left = node.left().accept(this);
        com.microsoft.z3.Expr<?> right = node.right().accept(this);
        if (node.left().type().isNumeric()
                && node.right().type().isNumeric()
                && node.left().type() != node.right().type()) {
            left = toReal(left);
            right = toReal(right);
        }
        return switch (node.op()) {
            case EQ -> z3.mkEq(left, right);
            case NE -> z3.mkNot(z3.mkEq(left, right));
            case LT -> z3.mkLt((ArithExpr<?>) left, (ArithExpr<?>) right);
            case LE -> z3.mkLe((ArithExpr<?>) left, (ArithExpr<?>) right);
            case GT -> z3.mkGt((ArithExpr<?>) left, (ArithExpr<?>) right);
            case GE -> z3.mkGe((ArithExpr<?>) left, (ArithExpr<?>) right);
        };
    }

    @SuppressWarnings("unchecked")
    private ArithExpr<?> toReal(com.microsoft.z3.Expr<?> term) {
        return term.getSort().equals(z3.getIntSort())
                ? z3.mkInt2Real((com.microsoft.z3.Expr<com.microsoft.z3.IntSort>) term)
                : (ArithExpr<?>) term;
    }

    public com.microsoft.z3.Expr<?> visitInSet(Expr.InSet node) {
        java.util.Optional<BoolExpr> test = regular(node);
        if (test.isPresent()) {
            return test.get();
        }
        com.microsoft.z3.Expr<?> operand = node.operand().accept(this);
        List<BoolExpr> options = new ArrayList<>();
        for (Value v : node.values()) {
            options.add(z3.mkEq(operand, codec.encode(v)));
        }
        return z3.mkOr(options.toArray(new BoolExpr[0]));
    }

    public com.microsoft.z3.Expr<?> visitArithmetic(Expr.Arithmetic node) {
        boolean decimal = node.type() == PrimitiveType.DECIMAL;
        ArithExpr<?> left = number(node.left(), decimal);
        ArithExpr<?> right = number(node.right(), decimal);
        ArithExpr<?> result = switch (node.op()) {
            case ADD -> z3.mkAdd(left, right);
            case SUB -> z3.mkSub(left, right);
            case MUL -> z3.mkMul(left, right);
        };
        return decimal ? result : checked(result);
    }

    public com.microsoft.z3.Expr<?> visitNegate(Expr.Negate node) {
        ArithExpr<?> operand = (ArithExpr<?>) node.operand().accept(this);
        ArithExpr<?> result = z3.mkUnaryMinus(operand);
        return node.type() == PrimitiveType.DECIMAL ? result : checked(result);
    }

    private ArithExpr<?> number(Expr operand, boolean asReal) {
        com.microsoft.z3.Expr<?> term = operand.accept(this);
        return asReal ? toReal(term) : (ArithExpr<?>) term;
    }

    private ArithExpr<?> checked(ArithExpr<?> result) {
        failures.add(new Failure(z3.mkAnd(reached, z3.mkNot(codec.longRange(result))), ReasonCode.ARITHMETIC_OVERFLOW));
        return result;
    }

    /**
     * A test against a constant is encoded as membership in a regular expression, like
     * {@code matches}: Z3 decides intersections of regular languages directly, where the mixed
     * sequence constraints make it search (and, against an anchored pattern, time out).
     */
    public com.microsoft.z3.Expr<?> visitStringTest(Expr.StringTest node) {
        java.util.Optional<BoolExpr> test = regular(node);
        if (test.isPresent()) {
            return test.get();
        }
        if (node.right() instanceof Expr.Const c) {
            String text = ((Value.StringValue) c.value()).value();
            boolean start = node.op() == Expr.StringOp.STARTS_WITH;
            boolean end = node.op() == Expr.StringOp.ENDS_WITH;
            return space.membership(
                    string(node.left()),
                    new RegexEncoder(codec).search(new Regex.Pattern(new Regex.Literal(text), start, end)));
        }
        SeqExpr<CharSort> left = string(node.left());
        SeqExpr<CharSort> right = string(node.right());
        return switch (node.op()) {
            case STARTS_WITH -> z3.mkPrefixOf(right, left);
            case ENDS_WITH -> z3.mkSuffixOf(right, left);
            case CONTAINS -> z3.mkContains(left, right);
        };
    }

    public com.microsoft.z3.Expr<?> visitMatches(Expr.Matches node) {
        java.util.Optional<BoolExpr> test = regular(node);
        if (test.isPresent()) {
            return test.get();
        }
        return space.membership(string(node.operand()), new RegexEncoder(codec).search(node.pattern()));
    }

    public com.microsoft.z3.Expr<?> visitLength(Expr.Length node) {
        return z3.mkLength(string(node.operand()));
    }

    public com.microsoft.z3.Expr<?> visitAtom(Expr.Atom node) {
        List<com.microsoft.z3.Expr<?>> arguments = new ArrayList<>();
        for (Expr argument : node.arguments()) {
            arguments.add(argument instanceof Expr.Wildcard ? null : argument.accept(this));
        }
        return knowledge.atom(node.relation(), arguments);
    }

    public com.microsoft.z3.Expr<?> visitWildcard(Expr.Wildcard node) {
        throw new IllegalStateException("a wildcard outside an atom at " + node.span());
    }

    public com.microsoft.z3.Expr<?> visitVar(Expr.Var node) {
        return variables.get(node.name());
    }

    public com.microsoft.z3.Expr<?> visitExists(Expr.Exists node) {
        List<List<SymbolicTuple>> contents = new ArrayList<>();
        long combinations = 1;
        for (Expr.Atom atom : node.atoms()) {
            java.util.Optional<List<SymbolicTuple>> tuples = knowledge.tuples(atom.relation());
            if (tuples.isEmpty()) {
                return quantified(node);
            }
            contents.add(tuples.get());
            combinations *= Math.max(1, tuples.get().size());
            if (combinations > MAX_COMBINATIONS && !knowledge.witnesses()) {
                return quantified(node);
            }
        }
        List<BoolExpr> options = new ArrayList<>();
        expand(node, contents, 0, new ArrayList<>(), options);
        return z3.mkOr(options.toArray(new BoolExpr[0]));
    }

    /**
     * Beyond this many combinations of tuples, an {@code exists} of the proof encoding is
     * quantified rather than expanded; one whose models are read back as witnesses is always
     * expanded, since a model does not evaluate a quantifier to a value.
     */
    private static final long MAX_COMBINATIONS = 4096;

    /** The combinations of one tuple for each atom from {@code level} on, under the guards so far. */
    private void expand(
            Expr.Exists node,
            List<List<SymbolicTuple>> contents,
            int level,
            List<BoolExpr> guard,
            List<BoolExpr> into) {
        if (level == node.atoms().size()) {
            BoolExpr outer = reached;
            BoolExpr holds = z3.mkAnd(guard.toArray(new BoolExpr[0]));
            reached = z3.mkAnd(outer, holds);
            into.add(z3.mkAnd(holds, bool(node.body())));
            reached = outer;
            return;
        }
        Expr.Atom atom = node.atoms().get(level);
        for (SymbolicTuple tuple : contents.get(level)) {
            List<String> introduced = new ArrayList<>();
            List<BoolExpr> next = new ArrayList<>(guard);
            next.add(tuple.guard());
            BoolExpr outer = reached;
            reached = z3.mkAnd(outer, z3.mkAnd(guard.toArray(new BoolExpr[0])));
            for (int i = 0; i < atom.arguments().size(); i++) {
                Expr argument = atom.arguments().get(i);
                com.microsoft.z3.Expr<?> column = tuple.terms().get(i);
                if (argument instanceof Expr.Wildcard) {
                    continue;
                }
                if (argument instanceof Expr.Var v
                        && !variables.containsKey(v.name())
                        && node.variables().stream().anyMatch(n -> n.name().equals(v.name()))) {
                    variables.put(v.name(), column);
                    introduced.add(v.name());
                } else {
                    next.add(Terms.equal(z3, argument.accept(this), column));
                }
            }
            reached = outer;
            expand(node, contents, level + 1, next, into);
            introduced.forEach(variables::remove);
        }
    }

    private com.microsoft.z3.Expr<?> quantified(Expr.Exists node) {
        com.microsoft.z3.Expr<?>[] bound =
                new com.microsoft.z3.Expr<?>[node.variables().size()];
        for (int i = 0; i < bound.length; i++) {
            Expr.Var v = node.variables().get(i);
            bound[i] = z3.mkFreshConst("var." + v.name(), codec.sort(v.type()));
            variables.put(v.name(), bound[i]);
        }
        BoolExpr outer = reached;
        int firstFailure = failures.size();
        List<BoolExpr> parts = new ArrayList<>();
        for (Expr.Atom atom : node.atoms()) {
            BoolExpr holds = bool(atom);
            parts.add(holds);
            reached = z3.mkAnd(reached, holds);
        }
        parts.add(bool(node.body()));
        reached = outer;
        List<Failure> inner = new ArrayList<>(failures.subList(firstFailure, failures.size()));
        failures.subList(firstFailure, failures.size()).clear();
        for (ReasonCode code : inner.stream().map(Failure::code).distinct().toList()) {
            BoolExpr[] when = inner.stream()
                    .filter(f -> f.code() == code)
                    .map(Failure::when)
                    .toArray(BoolExpr[]::new);
            failures.add(new Failure(z3.mkExists(bound, z3.mkOr(when), 0, null, null, null, null), code));
        }
        node.variables().forEach(v -> variables.remove(v.name()));
        return z3.mkExists(bound, z3.mkAnd(parts.toArray(new BoolExpr[0])), 0, null, null, null, null);
    }

    /**
     * The body once per element slot {@code i} of the list's bound, guarded by {@code i < length}:
     * {@code any} the disjunction, {@code all} the conjunction, each element reached only while the
     * ones before it did not settle the result (as the runtime stops); {@code count} the sum of
     * one for each element inside the list whose body holds, every one of them reached.
     */
    public com.microsoft.z3.Expr<?> visitQuantifier(Expr.Quantifier node) {
        ListType type = (ListType) node.list().type();
        RequestSpace.ListTerms list =
                space.list(node.list().scope(), node.list().name(), type);
        BoolExpr outer = reached;
        BoolExpr sofar = outer;
        List<BoolExpr> parts = new ArrayList<>();
        List<ArithExpr<?>> counts = new ArrayList<>();
        for (int i = 0; i < type.bound(); i++) {
            BoolExpr inside = z3.mkLt(z3.mkInt(i), list.length());
            reached = z3.mkAnd(sofar, inside);
            if (type.element() instanceof RecordType) {
                for (java.util.Map.Entry<String, com.microsoft.z3.Expr<?>> m :
                        list.members().get(i).entrySet()) {
                    elements.put(node.variable() + "." + m.getKey(), m.getValue());
                }
            } else {
                elements.put(node.variable(), list.elements().get(i));
            }
            BoolExpr body = bool(node.body());
            switch (node.kind()) {
                case ANY -> {
                    parts.add(z3.mkAnd(inside, body));
                    sofar = z3.mkAnd(sofar, z3.mkNot(body));
                }
                case ALL -> {
                    parts.add(z3.mkImplies(inside, body));
                    sofar = z3.mkAnd(sofar, body);
                }
                case COUNT -> counts.add((ArithExpr<?>) z3.mkITE(z3.mkAnd(inside, body), z3.mkInt(1), z3.mkInt(0)));
            }
        }
        elements.keySet().removeIf(k -> k.equals(node.variable()) || k.startsWith(node.variable() + "."));
        reached = outer;
        return switch (node.kind()) {
            case ANY -> z3.mkOr(parts.toArray(new BoolExpr[0]));
            case ALL -> z3.mkAnd(parts.toArray(new BoolExpr[0]));
            case COUNT -> z3.mkAdd(counts.toArray(new ArithExpr<?>[0]));
        };
    }

    public com.microsoft.z3.Expr<?> visitElement(Expr.Element node) {
        return elements.get(node.variable());
    }

    public com.microsoft.z3.Expr<?> visitElementField(Expr.ElementField node) {
        return elements.get(node.variable() + "." + node.member());
    }

    public com.microsoft.z3.Expr<?> visitListLength(Expr.ListLength node) {
        return space.list(node.list().scope(), node.list().name(), (ListType)
                        node.list().type())
                .length();
    }

    /** Some element inside the list equals the value: numerically when either is a decimal. */
    public com.microsoft.z3.Expr<?> visitListContains(Expr.ListContains node) {
        ListType type = (ListType) node.list().type();
        RequestSpace.ListTerms list =
                space.list(node.list().scope(), node.list().name(), type);
        com.microsoft.z3.Expr<?> value = node.value().accept(this);
        boolean mixed = type.element().isNumeric()
                && node.value().type().isNumeric()
                && type.element() != node.value().type();
        List<BoolExpr> options = new ArrayList<>();
        for (int i = 0; i < type.bound(); i++) {
            com.microsoft.z3.Expr<?> element = list.elements().get(i);
            BoolExpr equal = mixed ? z3.mkEq(toReal(element), toReal(value)) : z3.mkEq(element, value);
            options.add(z3.mkAnd(z3.mkLt(z3.mkInt(i), list.length()), equal));
        }
        return z3.mkOr(options.toArray(new BoolExpr[0]));
    }

    private BoolExpr bool(Expr e) {
        return (BoolExpr) e.accept(this);
    }

    @SuppressWarnings("unchecked")
    private SeqExpr<CharSort> string(Expr e) {
        return (SeqExpr<CharSort>) (com.microsoft.z3.Expr<SeqSort<CharSort>>) e.accept(this);
    }

    /**
     * A history term is the unknown of its query ({@link RequestSpace#historyCount},
     * {@link RequestSpace#historySum}): every analysis holds for every history. An existence test
     * is a count above 0. Reached on a request without a value an equality compares (no session,
     * an optional parameter left out), it fails with {@code missing_attribute}, as in the runtime;
     * an int sum beyond 64 bits, reached, fails with {@code arithmetic_overflow}.
     */
    public com.microsoft.z3.Expr<?> visitHistory(Expr.History node) {
        for (HistoryQuery.Match match : node.query().matches()) {
            BoolExpr present = match instanceof HistoryQuery.Match.SameSession
                    ? space.sessionPresence()
                    : match instanceof HistoryQuery.Match.SameParameter p ? space.presence(p.path()) : z3.mkTrue();
            if (!present.isTrue()) {
                failures.add(new Failure(z3.mkAnd(reached, z3.mkNot(present)), ReasonCode.MISSING_ATTRIBUTE));
            }
        }
        return switch (node.aggregate()) {
            case COUNT -> space.historyCount(node.query());
            case SUM -> sum(node.query());
            case EXISTS -> z3.mkGt(space.historyCount(node.query()), z3.mkInt(0));
        };
    }

    private ArithExpr<?> sum(HistoryQuery query) {
        ArithExpr<?> sum = space.historySum(query);
        if (query.summed().orElseThrow().type() == PrimitiveType.INT) {
            failures.add(
                    new Failure(z3.mkAnd(reached, z3.mkNot(codec.longRange(sum))), ReasonCode.ARITHMETIC_OVERFLOW));
        }
        return sum;
    }
}
