package dev.charter.runtime.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Assertion;
import dev.charter.runtime.ir.BodyLiteral;
import dev.charter.runtime.ir.Clause;
import dev.charter.runtime.ir.CompareOp;
import dev.charter.runtime.ir.DatalogAtom;
import dev.charter.runtime.ir.DecisionRule;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Metadata;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.Outcome;
import dev.charter.runtime.ir.Program;
import dev.charter.runtime.ir.Relation;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Stratum;
import dev.charter.runtime.ir.Term;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the JSON tree {@link ProgramEncoder} writes back into a {@link Program}, through
 * {@link Program#of} so that every structural invariant is checked again. Each node is read
 * with {@link StrictObject#read}, which refuses members the node does not have.
 */
final class ProgramDecoder {

    private ProgramDecoder() {}

    /**
     * @throws MalformedJsonException when the tree does not have the documented shape
     * @throws dev.charter.runtime.ir.InvalidProgramException when it does but the program is invalid
     */
    static Program decode(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> Program.of(
                        StrictObject.read(o.node("metadata"), o.at("metadata"), ProgramDecoder::metadata),
                        StrictObject.read(o.node("schema"), o.at("schema"), ProgramDecoder::schema),
                        o.list("relations", ProgramDecoder::relation),
                        o.list("strata", ProgramDecoder::stratum),
                        o.list("rules", ProgramDecoder::rule),
                        outcome(o.node("default"), o.at("default")),
                        outcome(o.node("on_conflict"), o.at("on_conflict")),
                        o.list("assertions", ProgramDecoder::assertion),
                        o.strings("routes")));
    }

    private static Metadata metadata(StrictObject o) {
        String reviewedOn = o.nullableString("reviewed_on");
        LocalDate date;
        try {
            date = reviewedOn == null ? null : LocalDate.parse(reviewedOn);
        } catch (DateTimeParseException e) {
            throw new MalformedJsonException(o.at("reviewed_on"), "'" + reviewedOn + "' is not a date");
        }
        return new Metadata(
                o.string("name"), o.longString("version"), o.nullableString("reviewed_by"), date, o.string("timezone"));
    }

    private static Schema schema(StrictObject o) {
        return new Schema(
                o.list("enums", ProgramDecoder::enumDecl),
                o.list("context", IrJson::field),
                o.list("actions", ProgramDecoder::action));
    }

    private static EnumDecl enumDecl(JsonNode node, String path) {
        return StrictObject.read(
                node, path, o -> new EnumDecl(new EnumType(o.string("name")), o.strings("values"), IrJson.span(o)));
    }

    private static ActionDecl action(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new ActionDecl(
                        o.string("name"),
                        o.list("parameters", IrJson::field),
                        IrJson.span(o),
                        o.flag("open"),
                        o.nonEmptyList("objects", ProgramDecoder::object)));
    }

    private static ObjectParameter object(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new ObjectParameter(o.string("path"), o.flag("optional"), o.flag("open"), IrJson.span(o)));
    }

    private static Relation relation(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new Relation(o.string("name"), o.list("columns", IrJson::field), o.bool("input"), IrJson.span(o)));
    }

    private static Stratum stratum(JsonNode node, String path) {
        return StrictObject.read(
                node, path, o -> new Stratum(o.strings("relations"), o.list("clauses", ProgramDecoder::clause)));
    }

    private static Clause clause(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new Clause(
                        atom(o.node("head"), o.at("head")), o.list("body", ProgramDecoder::literal), IrJson.span(o)));
    }

    private static DatalogAtom atom(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new DatalogAtom(o.string("relation"), o.list("terms", ProgramDecoder::term), IrJson.span(o)));
    }

    private static Term term(JsonNode node, String path) {
        return StrictObject.read(node, path, o -> {
            String kind = o.string("kind");
            return switch (kind) {
                case "variable" -> new Term.Variable(o.string("name"), IrJson.span(o));
                case "constant" -> new Term.Constant(IrJson.value(o.node("value"), o.at("value")), IrJson.span(o));
                default -> throw new MalformedJsonException(o.at("kind"), "unknown term kind '" + kind + "'");
            };
        });
    }

    private static BodyLiteral literal(JsonNode node, String path) {
        return StrictObject.read(node, path, o -> {
            String kind = o.string("kind");
            return switch (kind) {
                case "positive" -> new BodyLiteral.Positive(atom(o.node("atom"), o.at("atom")));
                case "negated" -> new BodyLiteral.Negated(atom(o.node("atom"), o.at("atom")), IrJson.span(o));
                case "comparison" ->
                    new BodyLiteral.Comparison(
                            IrJson.constant(CompareOp.values(), CompareOp::symbol, o.string("op"), o.at("op")),
                            term(o.node("left"), o.at("left")),
                            term(o.node("right"), o.at("right")),
                            IrJson.span(o));
                default -> throw new MalformedJsonException(o.at("kind"), "unknown body literal kind '" + kind + "'");
            };
        });
    }

    private static DecisionRule rule(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new DecisionRule(
                        o.string("name"),
                        IrJson.effect(o.string("effect"), o.at("effect")),
                        o.strings("actions"),
                        o.nullableString("route"),
                        ExprDecoder.decode(o.node("condition"), o.at("condition")),
                        o.longString("priority"),
                        o.nullableString("reason"),
                        IrJson.span(o)));
    }

    private static Outcome outcome(JsonNode node, String path) {
        return StrictObject.read(node, path, o -> {
            var effect = IrJson.effect(o.string("effect"), o.at("effect"));
            String route = o.nullableString("route");
            var span = IrJson.span(o);
            try {
                return new Outcome(effect, route, span);
            } catch (IllegalArgumentException e) {
                // The record refuses a permit outcome and a route that does not go with the effect.
                throw new MalformedJsonException(path, e.getMessage());
            }
        });
    }

    private static Assertion assertion(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                o -> new Assertion(
                        o.string("name"), ExprDecoder.decode(o.node("condition"), o.at("condition")), IrJson.span(o)));
    }
}
