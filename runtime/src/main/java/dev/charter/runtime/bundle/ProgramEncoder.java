package dev.charter.runtime.bundle;

import static dev.charter.runtime.bundle.IrJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import java.util.List;
import java.util.function.Function;

/** Writes a {@link Program} as the JSON tree documented in {@code docs/bundle-format.md}. */
final class ProgramEncoder {

    private ProgramEncoder() {}

    static ObjectNode encode(Program program) {
        ObjectNode node = JSON.objectNode();
        node.set("metadata", metadata(program.metadata()));
        node.set("schema", schema(program.schema()));
        node.set("relations", list(program.relations(), ProgramEncoder::relation));
        node.set("strata", list(program.strata(), ProgramEncoder::stratum));
        node.set("rules", list(program.rules(), ProgramEncoder::rule));
        node.set("default", outcome(program.defaultOutcome()));
        node.set("on_conflict", outcome(program.conflictOutcome()));
        node.set("assertions", list(program.assertions(), ProgramEncoder::assertion));
        node.set("routes", strings(program.routes()));
        return node;
    }

    static <T> ArrayNode list(List<T> items, Function<T, ? extends JsonNode> encoder) {
        ArrayNode array = JSON.arrayNode();
        items.forEach(item -> array.add(encoder.apply(item)));
        return array;
    }

    private static ArrayNode strings(List<String> strings) {
        ArrayNode array = JSON.arrayNode();
        strings.forEach(array::add);
        return array;
    }

    private static ObjectNode metadata(Metadata m) {
        return JSON.objectNode()
                .put("name", m.name())
                .put("version", Long.toString(m.version()))
                .put("reviewed_by", m.reviewedBy())
                .put(
                        "reviewed_on",
                        m.reviewedOn() == null ? null : m.reviewedOn().toString())
                .put("timezone", m.timezone());
    }

    private static ObjectNode schema(Schema schema) {
        ObjectNode node = JSON.objectNode();
        node.set("enums", list(schema.enums(), ProgramEncoder::enumDecl));
        node.set("context", list(schema.context(), IrJson::field));
        node.set("actions", list(schema.actions(), ProgramEncoder::action));
        return node;
    }

    private static ObjectNode enumDecl(EnumDecl e) {
        ObjectNode node = JSON.objectNode().put("name", e.name());
        node.set("values", strings(e.values()));
        node.set("span", IrJson.span(e.span()));
        return node;
    }

    private static ObjectNode action(ActionDecl a) {
        ObjectNode node = JSON.objectNode().put("name", a.name());
        node.set("parameters", list(a.parameters(), IrJson::field));
        if (a.open()) {
            node.put("open", true);
        }
        if (!a.objects().isEmpty()) {
            node.set("objects", list(a.objects(), ProgramEncoder::object));
        }
        node.set("span", IrJson.span(a.span()));
        return node;
    }

    /** {@code {"path": P, "span": S}}, with {@code "optional": true} and {@code "open": true} when so. */
    private static ObjectNode object(ObjectParameter o) {
        ObjectNode node = JSON.objectNode().put("path", o.path());
        if (o.optional()) {
            node.put("optional", true);
        }
        if (o.open()) {
            node.put("open", true);
        }
        node.set("span", IrJson.span(o.span()));
        return node;
    }

    private static ObjectNode relation(Relation r) {
        ObjectNode node = JSON.objectNode().put("name", r.name()).put("input", r.input());
        node.set("columns", list(r.columns(), IrJson::field));
        node.set("span", IrJson.span(r.span()));
        return node;
    }

    private static ObjectNode stratum(Stratum s) {
        ObjectNode node = JSON.objectNode();
        node.set("relations", strings(s.relations()));
        node.set("clauses", list(s.clauses(), ProgramEncoder::clause));
        return node;
    }

    private static ObjectNode clause(Clause c) {
        ObjectNode node = JSON.objectNode();
        node.set("head", atom(c.head()));
        node.set("body", list(c.body(), ProgramEncoder::literal));
        node.set("span", IrJson.span(c.span()));
        return node;
    }

    private static ObjectNode atom(DatalogAtom a) {
        ObjectNode node = JSON.objectNode().put("relation", a.relation());
        node.set("terms", list(a.terms(), ProgramEncoder::term));
        node.set("span", IrJson.span(a.span()));
        return node;
    }

    private static ObjectNode term(Term t) {
        ObjectNode node;
        if (t instanceof Term.Variable v) {
            node = JSON.objectNode().put("kind", "variable").put("name", v.name());
        } else {
            node = JSON.objectNode().put("kind", "constant");
            node.set("value", IrJson.value(((Term.Constant) t).value()));
        }
        node.set("span", IrJson.span(t.span()));
        return node;
    }

    private static ObjectNode literal(BodyLiteral literal) {
        if (literal instanceof BodyLiteral.Positive p) {
            ObjectNode node = JSON.objectNode().put("kind", "positive");
            node.set("atom", atom(p.atom()));
            return node;
        }
        ObjectNode node;
        if (literal instanceof BodyLiteral.Negated n) {
            node = JSON.objectNode().put("kind", "negated");
            node.set("atom", atom(n.atom()));
        } else {
            BodyLiteral.Comparison c = (BodyLiteral.Comparison) literal;
            node = JSON.objectNode().put("kind", "comparison").put("op", c.op().symbol());
            node.set("left", term(c.left()));
            node.set("right", term(c.right()));
        }
        node.set("span", IrJson.span(literal.span()));
        return node;
    }

    private static ObjectNode rule(DecisionRule r) {
        ObjectNode node = JSON.objectNode()
                .put("name", r.name())
                .put("effect", r.effect().keyword())
                .put("route", r.route())
                .put("priority", Long.toString(r.priority()))
                .put("reason", r.reason());
        node.set("actions", strings(r.actions()));
        node.set("condition", ExprEncoder.encode(r.condition()));
        node.set("span", IrJson.span(r.span()));
        return node;
    }

    private static ObjectNode outcome(Outcome o) {
        ObjectNode node = JSON.objectNode().put("effect", o.effect().keyword()).put("route", o.route());
        node.set("span", IrJson.span(o.span()));
        return node;
    }

    private static ObjectNode assertion(Assertion a) {
        ObjectNode node = JSON.objectNode().put("name", a.name());
        node.set("condition", ExprEncoder.encode(a.condition()));
        node.set("span", IrJson.span(a.span()));
        return node;
    }
}
