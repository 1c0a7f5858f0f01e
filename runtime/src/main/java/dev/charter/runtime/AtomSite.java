package dev.charter.runtime;

import dev.charter.runtime.datalog.Database;
import dev.charter.runtime.datalog.Fact;
import dev.charter.runtime.datalog.Lookup;
import dev.charter.runtime.ir.Expr;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;

/**
 * A Datalog atom in a condition, e.g. {@code may(agent, initiate_payment)}: which relation, which
 * columns the condition gives (the others are {@code _}, or variables it binds), and the source
 * text for traces. Its {@link Lookup} is prepared per snapshot.
 */
record AtomSite(Expr.Atom atom, int[] boundColumns) {

    Lookup prepare(Database database) {
        return database.lookup(atom.relation(), boundColumns);
    }

    /**
     * The atom as the fact read for it shows it: its written columns from the fact, {@code _}
     * where the atom has {@code _}, e.g. {@code notional_limit(trader, 250000)}.
     */
    String render(Fact fact) {
        StringBuilder out = new StringBuilder(atom.relation()).append('(');
        for (int i = 0; i < atom.arguments().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(
                    atom.arguments().get(i) instanceof Expr.Wildcard
                            ? "_"
                            : Fact.literal(fact.tuple().get(i)));
        }
        return out.append(')').toString();
    }

    /**
     * The atom with the values the request gave it, e.g. {@code may("bot-7", initiate_payment)};
     * {@code key} holds one value per written column, null for a variable no fact bound.
     */
    String render(Value[] key) {
        StringBuilder out = new StringBuilder(atom.relation()).append('(');
        int k = 0;
        for (int i = 0; i < atom.arguments().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (atom.arguments().get(i) instanceof Expr.Wildcard) {
                out.append('_');
            } else if (key[k] == null && atom.arguments().get(i) instanceof Expr.Var v) {
                out.append(v.name());
                k++;
            } else {
                out.append(Fact.literal(key[k++]));
            }
        }
        return out.append(')').toString();
    }

    /** Tests the atom: looks the request's values up in the snapshot's database and records the result. */
    static final class Test extends Node.Condition {
        private final int site;
        private final Node[] arguments;
        private final ValueType[] types;
        private final Value[] constants;

        /** {@code constants[i]}, when not null, is argument i's value, known when compiling. */
        Test(int site, Node[] arguments, ValueType[] types, Value[] constants) {
            this.site = site;
            this.arguments = arguments;
            this.types = types;
            this.constants = constants;
        }

        boolean test(Frame f) {
            Value[] key = new Value[arguments.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = constants[i] != null ? constants[i] : TypedReader.valueOf(arguments[i].eval(f), types[i]);
            }
            int handle = f.lookups[site].find(key);
            f.recordAtom(site, key, handle);
            return handle >= 0;
        }
    }
}
