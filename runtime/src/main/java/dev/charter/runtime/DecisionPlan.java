package dev.charter.runtime;

import dev.charter.runtime.datalog.Budget;
import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.DatalogEvaluator;
import dev.charter.runtime.datalog.Lookup;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program compiled for deciding: conditions as {@link Node}s, rules indexed by action in
 * resolution order, attribute slots and type readers resolved, the timezone's rules loaded. Built
 * once per program and shared by every decision and every attached snapshot.
 */
final class DecisionPlan {

    final Program program;
    final SlotLayout layout;
    final RulePlan[] rules;
    final List<AtomSite> sites;
    final List<Expr.History> historySites;
    final int variables;
    final ZoneRules zone;
    private final Map<String, ActionPlan> actions;

    private DecisionPlan(
            Program program,
            SlotLayout layout,
            RulePlan[] rules,
            List<AtomSite> sites,
            List<Expr.History> historySites,
            int variables,
            ZoneRules zone,
            Map<String, ActionPlan> actions) {
        this.program = program;
        this.layout = layout;
        this.rules = rules;
        this.sites = sites;
        this.historySites = historySites;
        this.variables = variables;
        this.zone = zone;
        this.actions = actions;
    }

    static DecisionPlan compile(Program program) {
        SlotLayout layout = new SlotLayout(program.schema());
        List<String> actionNames =
                program.schema().actions().stream().map(ActionDecl::name).toList();
        Map<String, Integer> actionIds = new HashMap<>();
        actionNames.forEach(a -> actionIds.put(a, actionIds.size()));
        Map<String, Relation> relations = new HashMap<>();
        program.relations().forEach(r -> relations.put(r.name(), r));
        List<AtomSite> sites = new ArrayList<>();
        List<Expr.History> historySites = new ArrayList<>();
        ConditionCompiler compiler =
                new ConditionCompiler(layout, actionNames, actionIds, relations, sites, program, historySites);
        RulePlan[] rules = new RulePlan[program.rules().size()];
        for (int i = 0; i < rules.length; i++) {
            DecisionRule rule = program.rules().get(i);
            rules[i] = new RulePlan(i, rule, compiler.compile(rule.condition()), Fallibility.canFail(rule.condition()));
        }
        List<Field> contextFields = program.schema().context();
        ActionPlan.ContextSlots context = new ActionPlan.ContextSlots(
                contextFields.stream().map(Field::name).toArray(String[]::new),
                contextFields.stream().mapToInt(f -> layout.context(f.name())).toArray(),
                contextFields.stream()
                        .map(f -> TypedReader.forType(f.type(), program.schema()))
                        .toArray(TypedReader[]::new));
        Map<String, ActionPlan> actions = new HashMap<>();
        for (ActionDecl action : program.schema().actions()) {
            actions.put(
                    action.name(), actionPlan(program, action, actionIds.get(action.name()), rules, layout, context));
        }
        ZoneRules zone = ZoneId.of(program.metadata().timezone()).getRules();
        return new DecisionPlan(
                program,
                layout,
                rules,
                List.copyOf(sites),
                List.copyOf(historySites),
                compiler.variables(),
                zone,
                Map.copyOf(actions));
    }

    private static ActionPlan actionPlan(
            Program program,
            ActionDecl action,
            int id,
            RulePlan[] rules,
            SlotLayout layout,
            ActionPlan.ContextSlots context) {
        List<RulePlan> own = new ArrayList<>();
        for (RulePlan r : rules) {
            if (r.rule().actions().contains(action.name())) {
                own.add(r);
            }
        }
        // Long.compare with the operands swapped: negating a priority overflows at Long.MIN_VALUE.
        own.sort(((Comparator<RulePlan>)
                        (a, b) -> Long.compare(b.rule().priority(), a.rule().priority()))
                .thenComparingInt(RulePlan::index));
        boolean[] contextRequired = new boolean[context.names().length];
        boolean needsTime = false;
        for (RulePlan r : own) {
            for (Expr e : r.rule().condition().subtree()) {
                if (e instanceof Expr.Attribute a && a.scope() == Expr.Scope.CONTEXT) {
                    contextRequired[List.of(context.names()).indexOf(a.name())] = true;
                } else if (e instanceof Expr.Attribute a && a.scope() == Expr.Scope.TIME) {
                    needsTime = true;
                }
            }
        }
        return new ActionPlan(
                id,
                action.name(),
                ArgumentBinder.of(action, layout, program.schema()),
                context,
                contextRequired,
                needsTime,
                RangeAnalysis.index(own, layout),
                rules);
    }

    /** The plan of a declared action, or null. */
    ActionPlan action(String name) {
        return name == null ? null : actions.get(name);
    }

    /**
     * Materialises {@code snapshot} and prepares every atom site's look-up.
     *
     * @throws InvalidFactsException when the snapshot does not fit the program
     * @throws dev.charter.runtime.datalog.BudgetExceededException when materialisation exceeds the budget
     */
    Attachment attach(FactSnapshot snapshot, Budget budget) {
        Database database = DatalogEvaluator.materialize(program, snapshot, budget);
        Lookup[] lookups = new Lookup[sites.size()];
        for (int i = 0; i < lookups.length; i++) {
            lookups[i] = sites.get(i).prepare(database);
        }
        return new Attachment(database, lookups, snapshot.digest(), null, null);
    }
}
