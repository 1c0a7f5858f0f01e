package dev.charter.runtime;

import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.ExprVisitor;
import dev.charter.runtime.ir.HistoryQuery;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a rule's condition into {@link Node}s once per program: attributes become slot reads,
 * constants their evaluation form, operators the variant for their operand types, {@code matches}
 * a compiled pattern, each Datalog atom an {@link AtomSite} whose look-up is prepared per
 * snapshot, and each history term one call of the decision's {@link HistoryReader} for its
 * query's index.
 */
final class ConditionCompiler implements ExprVisitor<Node> {

    private final SlotLayout layout;
    private final Map<String, Integer> actionIds;
    private final List<String> actionNames;
    private final Map<String, Relation> relations;
    private final List<AtomSite> sites;
    private final Program program;
    private final List<Expr.History> historySites;
    private final Map<String, Integer> variableSlots = new HashMap<>();
    private final Map<String, ValueType> elementLists = new HashMap<>();
    private int variables;

    ConditionCompiler(
            SlotLayout layout,
            List<String> actionNames,
            Map<String, Integer> actionIds,
            Map<String, Relation> relations,
            List<AtomSite> sites,
            Program program,
            List<Expr.History> historySites) {
        this.layout = layout;
        this.program = program;
        this.historySites = historySites;
        this.actionNames = actionNames;
        this.actionIds = actionIds;
        this.relations = relations;
        this.sites = sites;
    }

    Node compile(Expr e) {
        return e.accept(this);
    }

    /** How many variable slots the compiled conditions use: the size of a frame's {@code vars}. */
    int variables() {
        return variables;
    }

    /** A constant's evaluation form. */
    static Object form(Value v) {
        if (v instanceof Value.BoolValue b) {
            return b.value();
        }
        if (v instanceof Value.IntValue i) {
            return i.value();
        }
        if (v instanceof Value.DecimalValue d) {
            return d.value();
        }
        if (v instanceof Value.DateValue d) {
            return d.value();
        }
        return v.toString();
    }

    public Node visitConst(Expr.Const c) {
        return new Node.Constant(form(c.value()));
    }

    public Node visitAttribute(Expr.Attribute a) {
        return new Node.Slot(layout.slot(a));
    }

    public Node visitPresent(Expr.Present p) {
        return new Node.Present(layout.parameter(p.name()));
    }

    public Node visitAgent(Expr.Agent a) {
        return new Node.Agent();
    }

    public Node visitCurrentAction(Expr.CurrentAction a) {
        return new Node.ActionName(actionNames);
    }

    public Node visitActionIs(Expr.ActionIs a) {
        return new Node.ActionIs(actionIds.get(a.action()));
    }

    public Node visitDecisionRef(Expr.DecisionRef d) {
        throw new IllegalArgumentException("decision is only known in assertions, at " + d.span());
    }

    public Node visitRouteRef(Expr.RouteRef r) {
        throw new IllegalArgumentException("route is only known in assertions, at " + r.span());
    }

    public Node visitNot(Expr.Not n) {
        return new Node.Not(compile(n.operand()));
    }

    public Node visitAnd(Expr.And a) {
        return new Node.And(a.operands().stream().map(this::compile).toArray(Node[]::new));
    }

    public Node visitOr(Expr.Or o) {
        return new Node.Or(o.operands().stream().map(this::compile).toArray(Node[]::new));
    }

    public Node visitImplies(Expr.Implies i) {
        return new Node.Implies(compile(i.premise()), compile(i.conclusion()));
    }

    public Node visitCompare(Expr.Compare c) {
        Node left = compile(c.left());
        Node right = compile(c.right());
        ValueType l = c.left().type();
        ValueType r = c.right().type();
        if (l == PrimitiveType.INT && r == PrimitiveType.INT) {
            return new ValueNodes.Compare(c.op(), ValueNodes.Order.INT, left, right);
        }
        if (l.isNumeric() && r.isNumeric()) {
            return new ValueNodes.Compare(c.op(), ValueNodes.Order.DECIMAL, left, right);
        }
        if (l == PrimitiveType.DATE) {
            return new ValueNodes.Compare(c.op(), ValueNodes.Order.DATE, left, right);
        }
        if (c.op().isOrdering()) {
            throw new IllegalArgumentException(c.op().symbol() + " on " + l.displayName() + " at " + c.span());
        }
        return new ValueNodes.Equality(c.op() == CompareOp.EQ, left, right);
    }

    public Node visitInSet(Expr.InSet s) {
        List<Object> members = new ArrayList<>();
        s.values().forEach(v -> members.add(form(v)));
        return new ValueNodes.InSet(
                compile(s.operand()), members, s.operand().type().isNumeric());
    }

    public Node visitArithmetic(Expr.Arithmetic a) {
        if (a.left().type() == PrimitiveType.DATE) {
            return new ValueNodes.DaysBetween(compile(a.left()), compile(a.right()));
        }
        return new ValueNodes.Arithmetic(a.op(), a.type() == PrimitiveType.INT, compile(a.left()), compile(a.right()));
    }

    public Node visitNegate(Expr.Negate n) {
        return new ValueNodes.Negate(compile(n.operand()));
    }

    public Node visitStringTest(Expr.StringTest s) {
        return new ValueNodes.StringTest(s.op(), compile(s.left()), compile(s.right()));
    }

    public Node visitMatches(Expr.Matches m) {
        return new ValueNodes.Matches(compile(m.operand()), RegexTranslator.compile(m.pattern()));
    }

    public Node visitLength(Expr.Length l) {
        return new ValueNodes.Length(compile(l.operand()));
    }

    public Node visitAtom(Expr.Atom a) {
        Relation relation = relations.get(a.relation());
        List<Integer> bound = new ArrayList<>();
        List<Node> arguments = new ArrayList<>();
        List<ValueType> types = new ArrayList<>();
        List<Value> constants = new ArrayList<>();
        for (int i = 0; i < a.arguments().size(); i++) {
            Expr arg = a.arguments().get(i);
            if (!(arg instanceof Expr.Wildcard)) {
                bound.add(i);
                arguments.add(compile(arg));
                types.add(relation.columns().get(i).type());
                constants.add(arg instanceof Expr.Const c ? c.value() : null);
            }
        }
        sites.add(new AtomSite(a, bound.stream().mapToInt(Integer::intValue).toArray()));
        return new AtomSite.Test(
                sites.size() - 1,
                arguments.toArray(Node[]::new),
                types.toArray(ValueType[]::new),
                constants.toArray(Value[]::new));
    }

    public Node visitWildcard(Expr.Wildcard w) {
        throw new IllegalArgumentException("_ outside an atom at " + w.span());
    }

    public Node visitVar(Expr.Var v) {
        return new Node.Variable(variableSlots.get(v.name()));
    }

    /** Each variable gets a slot of its own; each atom, a site probed with the columns known before it. */
    public Node visitExists(Expr.Exists e) {
        List<String> introduced = e.variables().stream().map(Expr.Var::name).toList();
        for (String name : introduced) {
            variableSlots.put(name, variables++);
        }
        List<String> bound = new ArrayList<>();
        FactBinding.Atom[] atoms = new FactBinding.Atom[e.atoms().size()];
        for (int k = 0; k < atoms.length; k++) {
            atoms[k] = binder(e.atoms().get(k), introduced, bound);
        }
        Node body = compile(e.body());
        introduced.forEach(variableSlots::remove);
        return new FactBinding(atoms, body, Fallibility.canFail(e.body()));
    }

    private FactBinding.Atom binder(Expr.Atom a, List<String> introduced, List<String> bound) {
        Relation relation = relations.get(a.relation());
        List<Integer> probe = new ArrayList<>();
        List<Node> arguments = new ArrayList<>();
        List<ValueType> types = new ArrayList<>();
        List<Value> constants = new ArrayList<>();
        List<Integer> bindColumns = new ArrayList<>();
        List<Integer> bindSlots = new ArrayList<>();
        List<Integer> checkColumns = new ArrayList<>();
        List<Integer> checkAgainst = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        Map<String, Integer> boundHere = new HashMap<>();
        for (int i = 0; i < a.arguments().size(); i++) {
            Expr arg = a.arguments().get(i);
            if (arg instanceof Expr.Wildcard) {
                continue;
            }
            shown.add(i);
            if (arg instanceof Expr.Var v && boundHere.containsKey(v.name())) {
                checkColumns.add(i);
                checkAgainst.add(boundHere.get(v.name()));
            } else if (arg instanceof Expr.Var v && introduced.contains(v.name()) && !bound.contains(v.name())) {
                bound.add(v.name());
                boundHere.put(v.name(), i);
                bindColumns.add(i);
                bindSlots.add(variableSlots.get(v.name()));
            } else {
                probe.add(i);
                arguments.add(compile(arg));
                types.add(relation.columns().get(i).type());
                constants.add(arg instanceof Expr.Const c ? c.value() : null);
            }
        }
        sites.add(new AtomSite(a, ints(probe)));
        return new FactBinding.Atom(
                sites.size() - 1,
                arguments.toArray(Node[]::new),
                types.toArray(ValueType[]::new),
                constants.toArray(Value[]::new),
                ints(bindColumns),
                ints(bindSlots),
                ints(checkColumns),
                ints(checkAgainst),
                ints(shown));
    }

    /** The element variable gets a slot of its own, like a fact-bound variable, for the body's evaluation. */
    public Node visitQuantifier(Expr.Quantifier q) {
        int slot = variables++;
        variableSlots.put(q.variable(), slot);
        elementLists.put(q.variable(), q.list().type());
        Node body = compile(q.body());
        variableSlots.remove(q.variable());
        elementLists.remove(q.variable());
        return new ListNodes.Quantifier(q.kind(), layout.slot(q.list()), slot, body);
    }

    public Node visitElement(Expr.Element e) {
        return new Node.Variable(variableSlots.get(e.variable()));
    }

    public Node visitElementField(Expr.ElementField e) {
        RecordType type = (RecordType) ((ListType) elementLists.get(e.variable())).element();
        return new ListNodes.Member(variableSlots.get(e.variable()), type.index(e.member()));
    }

    public Node visitListLength(Expr.ListLength l) {
        return new ListNodes.Length(layout.slot(l.list()));
    }

    public Node visitListContains(Expr.ListContains c) {
        return new ListNodes.Contains(
                layout.slot(c.list()), compile(c.value()), c.value().type().isNumeric());
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    public Node visitHistory(Expr.History h) {
        historySites.add(h);
        List<HistoryQuery.Match.SameParameter> parameters = h.query().matches().stream()
                .filter(HistoryQuery.Match.SameParameter.class::isInstance)
                .map(HistoryQuery.Match.SameParameter.class::cast)
                .toList();
        return new HistoryTerm(
                h,
                program.historyIndex(h.query()),
                historySites.size() - 1,
                h.query().matches().contains(new HistoryQuery.Match.SameSession()),
                parameters.stream().map(HistoryQuery.Match.SameParameter::path).toArray(String[]::new),
                ints(parameters.stream().map(p -> layout.parameter(p.path())).toList()));
    }
}
