package dev.charter.runtime.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON forms of the leaves every IR node uses: source spans, types, constants and typed
 * fields. Each has exactly one form, so that encoding is deterministic and a decoded program
 * encodes back to the same bytes.
 */
final class IrJson {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ENUM_PREFIX = "enum:";
    private static final String LIST_PREFIX = "list<";

    private IrJson() {}

    /** {@code ["file", line, column, endLine, endColumn]}. */
    static ArrayNode span(SourceSpan span) {
        return JSON.arrayNode()
                .add(span.file())
                .add(span.line())
                .add(span.column())
                .add(span.endLine())
                .add(span.endColumn());
    }

    static SourceSpan span(JsonNode node, String path) {
        if (node == null || !node.isArray() || node.size() != 5 || !node.get(0).isTextual()) {
            throw new MalformedJsonException(path, "expected a span [file, line, column, endLine, endColumn]");
        }
        for (int i = 1; i < 5; i++) {
            if (!node.get(i).isInt()) {
                throw new MalformedJsonException(path, "span positions are integers");
            }
        }
        try {
            return new SourceSpan(
                    node.get(0).textValue(),
                    node.get(1).intValue(),
                    node.get(2).intValue(),
                    node.get(3).intValue(),
                    node.get(4).intValue());
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(path, e.getMessage());
        }
    }

    static SourceSpan span(StrictObject object) {
        return span(object.node("span"), object.at("span"));
    }

    /** A primitive type by its language name ({@code decimal}), an enum as {@code enum:Name}. */
    static String type(ValueType type) {
        if (type instanceof ListType l) {
            return LIST_PREFIX + type(l.element()) + "," + l.bound() + ">";
        }
        if (type instanceof RecordType r) {
            List<String> members = new ArrayList<>();
            r.members().forEach(m -> members.add(m.name() + (m.optional() ? "?" : "") + ":" + type(m.type())));
            if (r.open()) {
                members.add("...");
            }
            return "{" + String.join(",", members) + "}";
        }
        return type instanceof EnumType e ? ENUM_PREFIX + e.name() : type.displayName();
    }

    static ValueType type(String text, String path) {
        if (text.startsWith("{") && text.endsWith("}")) {
            return record(text.substring(1, text.length() - 1), path);
        }
        if (text.startsWith(LIST_PREFIX) && text.endsWith(">") && text.lastIndexOf(',') > LIST_PREFIX.length()) {
            int comma = text.lastIndexOf(',');
            String bound = text.substring(comma + 1, text.length() - 1);
            ValueType element = type(text.substring(LIST_PREFIX.length(), comma), path);
            if (!bound.matches("[1-9][0-9]{0,3}")) {
                throw new MalformedJsonException(path, "'" + bound + "' is not a list's bound");
            }
            try {
                return new ListType(element, Integer.parseInt(bound));
            } catch (IllegalArgumentException e) {
                throw new MalformedJsonException(path, e.getMessage());
            }
        }
        if (text.startsWith(ENUM_PREFIX) && text.length() > ENUM_PREFIX.length()) {
            return new EnumType(text.substring(ENUM_PREFIX.length()));
        }
        for (PrimitiveType primitive : PrimitiveType.values()) {
            if (primitive.displayName().equals(text)) {
                return primitive;
            }
        }
        throw new MalformedJsonException(path, "unknown type '" + text + "'");
    }

    /** {@code a:string,b?:enum:Tier,...}: the members of a list's element objects. */
    private static RecordType record(String body, String path) {
        List<RecordType.Member> members = new ArrayList<>();
        boolean open = false;
        for (String member : body.isEmpty() ? new String[0] : body.split(",", -1)) {
            int colon = member.indexOf(':');
            if (member.equals("...")) {
                open = true;
                continue;
            }
            if (open || colon < 1) {
                throw new MalformedJsonException(path, "'" + member + "' is not a member of an element type");
            }
            boolean optional = member.charAt(colon - 1) == '?';
            String name = member.substring(0, optional ? colon - 1 : colon);
            try {
                members.add(new RecordType.Member(name, type(member.substring(colon + 1), path), optional));
            } catch (IllegalArgumentException e) {
                throw new MalformedJsonException(path, e.getMessage());
            }
        }
        try {
            return new RecordType(members, open);
        } catch (IllegalArgumentException e) {
            throw new MalformedJsonException(path, e.getMessage());
        }
    }

    static ValueType type(StrictObject object) {
        return type(object.string("type"), object.at("type"));
    }

    /** {@code {"type": T, "value": V}}: V is a JSON boolean for bool, a string for every other type. */
    static ObjectNode value(Value value) {
        ObjectNode node = JSON.objectNode().put("type", type(value.type()));
        if (value instanceof Value.BoolValue b) {
            node.put("value", b.value());
        } else {
            node.put("value", value.toString());
        }
        return node;
    }

    static Value value(JsonNode node, String path) {
        return StrictObject.read(node, path, object -> {
            ValueType type = type(object);
            return type == PrimitiveType.BOOL
                    ? new Value.BoolValue(object.bool("value"))
                    : valueOfText(type, object.string("value"), object.at("value"));
        });
    }

    private static Value valueOfText(ValueType type, String text, String path) {
        if (type instanceof ListType) {
            throw new MalformedJsonException(path, "no constant is a list");
        }
        if (type instanceof EnumType e) {
            return new Value.EnumValue(e, text);
        }
        try {
            switch ((PrimitiveType) type) {
                case INT:
                    return new Value.IntValue(Long.parseLong(text));
                case DECIMAL:
                    return new Value.DecimalValue(new BigDecimal(text));
                case STRING:
                    return new Value.StringValue(text);
                case DATE:
                    return new Value.DateValue(LocalDate.parse(text));
                case ACTION:
                    return new Value.ActionValue(text);
                case EFFECT:
                    return new Value.EffectValue(effect(text, path));
                default:
                    throw new MalformedJsonException(path, "no text form for type " + type.displayName());
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new MalformedJsonException(path, "'" + text + "' is not " + type.withArticle());
        }
    }

    static Effect effect(String keyword, String path) {
        return constant(Effect.values(), Effect::keyword, keyword, path);
    }

    /** The constant of an IR enum whose JSON name (a keyword or symbol) is {@code text}. */
    static <E extends Enum<E>> E constant(E[] constants, Function<E, String> jsonName, String text, String path) {
        for (E constant : constants) {
            if (jsonName.apply(constant).equals(text)) {
                return constant;
            }
        }
        throw new MalformedJsonException(
                path, "unknown " + constants[0].getDeclaringClass().getSimpleName() + " '" + text + "'");
    }

    /** {@code {"name": N, "type": T, "span": S}}, with {@code "optional": true} for an optional parameter. */
    static ObjectNode field(Field field) {
        ObjectNode node = JSON.objectNode().put("name", field.name()).put("type", type(field.type()));
        if (field.optional()) {
            node.put("optional", true);
        }
        node.set("span", span(field.span()));
        return node;
    }

    static Field field(JsonNode node, String path) {
        return StrictObject.read(
                node,
                path,
                object -> new Field(object.string("name"), type(object), span(object), object.flag("optional")));
    }
}
