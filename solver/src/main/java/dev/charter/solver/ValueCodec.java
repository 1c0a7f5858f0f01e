package dev.charter.solver;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.CharSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import com.microsoft.z3.RatNum;
import com.microsoft.z3.SeqExpr;
import com.microsoft.z3.Sort;
import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.EnumDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.Value;
import dev.charter.runtime.ir.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How values of the language become Z3 terms and how model values come back. Ints are Z3 Ints
 * kept within 64 bits, decimals Reals, strings Z3 strings (sequences of code points, so
 * {@code len} is {@code String.codePointCount}), dates their epoch day, and enums, actions and
 * effects small Ints numbered by declaration; numbering by name across several schemas lets two
 * versions of a constitution share one vocabulary.
 */
final class ValueCodec {

    /** Requests carry dates as {@code yyyy-mm-dd}: four-digit years. */
    static final LocalDate FIRST_DATE = LocalDate.of(0, 1, 1);

    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** The runtime accepts decimals of at most 40 integer digits. */
    static final BigDecimal DECIMAL_BOUND = BigDecimal.TEN.pow(40);

    private final Context z3;
    private final Map<String, List<String>> enumValues = new LinkedHashMap<>();
    private final List<String> actions = new ArrayList<>();

    ValueCodec(Context z3, List<Schema> schemas) {
        this.z3 = z3;
        enumValues.put(EnumType.WEEKDAY.name(), Schema.WEEKDAYS);
        for (Schema schema : schemas) {
            for (EnumDecl e : schema.enums()) {
                List<String> values = enumValues.computeIfAbsent(e.name(), k -> new ArrayList<>());
                e.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
            }
            schema.actions().forEach(a -> {
                if (!actions.contains(a.name())) {
                    actions.add(a.name());
                }
            });
        }
    }

    Context z3() {
        return z3;
    }

    Sort sort(ValueType type) {
        if (type instanceof EnumType) {
            return z3.getIntSort();
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> z3.getBoolSort();
            case DECIMAL -> z3.getRealSort();
            case STRING -> z3.getStringSort();
            case INT, DATE, ACTION, EFFECT -> z3.getIntSort();
        };
    }

    Expr<?> encode(Value value) {
        if (value instanceof Value.BoolValue b) {
            return z3.mkBool(b.value());
        } else if (value instanceof Value.IntValue i) {
            return z3.mkInt(i.value());
        } else if (value instanceof Value.DecimalValue d) {
            return real(d.value());
        } else if (value instanceof Value.StringValue s) {
            return string(s.value());
        } else if (value instanceof Value.DateValue d) {
            return z3.mkInt(d.value().toEpochDay());
        } else if (value instanceof Value.EnumValue e) {
            return z3.mkInt(enumCode(e.enumType(), e.value()));
        } else if (value instanceof Value.ActionValue a) {
            return z3.mkInt(actionCode(a.name()));
        } else {
            return z3.mkInt(effectCode(((Value.EffectValue) value).effect()));
        }
    }

    /**
     * A count or sum of the history for the slot of {@code type}: as {@link #encode}, except that
     * an int sum beyond 64 bits, which a witness holds as an integral decimal, is that int.
     */
    Expr<?> encodeHistory(Value value, ValueType type) {
        if (type == PrimitiveType.INT && value instanceof Value.DecimalValue beyond) {
            return z3.mkInt(beyond.value().toBigIntegerExact().toString());
        }
        return encode(value);
    }

    ArithExpr<?> real(BigDecimal value) {
        BigDecimal scaled = value.scale() < 0 ? value.setScale(0) : value;
        return z3.mkReal(scaled.unscaledValue().toString() + "/" + BigInteger.TEN.pow(scaled.scale()));
    }

    /**
     * A Z3 string literal. Every code point outside printable ASCII (and the backslash) is written
     * as a Z3 {@code u{hex}} escape (backslash first), because Z3's Java binding would split supplementary characters.
     */
    SeqExpr<CharSort> string(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f && cp != '\\') {
                escaped.appendCodePoint(cp);
            } else {
                escaped.append("\\")
                        .append("u{")
                        .append(Integer.toHexString(cp))
                        .append('}');
            }
        });
        return z3.mkString(escaped.toString());
    }

    int enumCode(EnumType type, String value) {
        int code = enumValues.getOrDefault(type.name(), List.of()).indexOf(value);
        if (code < 0) {
            throw new IllegalArgumentException(value + " is not a value of " + type.name());
        }
        return code;
    }

    int actionCode(String action) {
        return actions.indexOf(action);
    }

    static int effectCode(Effect effect) {
        return effect.ordinal();
    }

    /** The range of a term of this type that the runtime can see in a request or snapshot well-typed for {@code schema}. */
    BoolExpr domain(Expr<?> term, ValueType type, Schema schema) {
        if (type instanceof EnumType e) {
            List<BoolExpr> options = new ArrayList<>();
            for (String v : schema.enumValues(e).orElse(List.of())) {
                options.add(z3.mkEq(term, z3.mkInt(enumCode(e, v))));
            }
            return z3.mkOr(options.toArray(new BoolExpr[0]));
        }
        if (type == PrimitiveType.INT) {
            return longRange((ArithExpr<?>) term);
        }
        if (type == PrimitiveType.DATE) {
            ArithExpr<?> t = (ArithExpr<?>) term;
            return z3.mkAnd(
                    z3.mkGe(t, z3.mkInt(FIRST_DATE.toEpochDay())), z3.mkLe(t, z3.mkInt(LAST_DATE.toEpochDay())));
        }
        if (type == PrimitiveType.DECIMAL) {
            ArithExpr<?> t = (ArithExpr<?>) term;
            ArithExpr<?> bound = real(DECIMAL_BOUND);
            return z3.mkAnd(z3.mkLt(t, bound), z3.mkGt(t, z3.mkUnaryMinus(bound)));
        }
        if (type == PrimitiveType.ACTION) {
            List<BoolExpr> options = new ArrayList<>();
            schema.actions().forEach(a -> options.add(z3.mkEq(term, z3.mkInt(actionCode(a.name())))));
            return z3.mkOr(options.toArray(new BoolExpr[0]));
        }
        return z3.mkTrue();
    }

    BoolExpr longRange(ArithExpr<?> term) {
        return z3.mkAnd(z3.mkGe(term, z3.mkInt(Long.MIN_VALUE)), z3.mkLe(term, z3.mkInt(Long.MAX_VALUE)));
    }

    /** Reads a term's value in a model back as a language value; empty when it has no exact one. */
    Optional<Value> decode(Model model, Expr<?> term, ValueType type) {
        Expr<?> v = model.eval(term, true);
        if (type instanceof EnumType e) {
            List<String> values = enumValues.get(e.name());
            int code = ((IntNum) v).getInt();
            return Optional.of(new Value.EnumValue(e, values.get(code)));
        }
        return switch ((PrimitiveType) type) {
            case BOOL -> Optional.of(new Value.BoolValue(v.isTrue()));
            case INT ->
                Optional.of(new Value.IntValue(((IntNum) v).getBigInteger().longValueExact()));
            case DECIMAL -> decimal(v).map(Value.DecimalValue::new);
            case STRING -> Optional.of(new Value.StringValue(decodeString(model, term)));
            case DATE -> Optional.of(new Value.DateValue(LocalDate.ofEpochDay(((IntNum) v).getInt64())));
            case ACTION -> Optional.of(new Value.ActionValue(actions.get(((IntNum) v).getInt())));
            case EFFECT -> Optional.of(new Value.EffectValue(Effect.values()[((IntNum) v).getInt()]));
        };
    }

    static Optional<BigDecimal> decimal(Expr<?> v) {
        BigInteger num;
        BigInteger den;
        if (v instanceof RatNum r) {
            num = r.getBigIntNumerator();
            den = r.getBigIntDenominator();
        } else if (v instanceof IntNum i) {
            num = i.getBigInteger();
            den = BigInteger.ONE;
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(num).divide(new BigDecimal(den), MathContext.UNLIMITED));
        } catch (ArithmeticException nonTerminating) {
            return Optional.empty();
        }
    }

    /**
     * Reads a string value back. Z3 prints code points outside printable ASCII as backslash-u
     * escapes but leaves a backslash itself bare, so the escaped reading is checked against the
     * model's literal and the bare reading used when they differ.
     */
    String decodeString(Model model, Expr<?> term) {
        Expr<?> literal = model.eval(term, true);
        String printed = ((SeqExpr<?>) literal).getString();
        String unescaped = unescape(printed);
        BoolExpr same = z3.mkEq(string(unescaped), literal);
        return same.simplify().isTrue() ? unescaped : printed;
    }

    private static String unescape(String printed) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < printed.length()) {
            int close = printed.indexOf('}', i);
            if (printed.startsWith("\\u{", i) && close > i + 3) {
                try {
                    text.appendCodePoint(Integer.parseInt(printed.substring(i + 3, close), 16));
                    i = close + 1;
                    continue;
                } catch (IllegalArgumentException notAnEscape) {
                    text.append(printed.charAt(i));
                    i++;
                    continue;
                }
            }
            text.append(printed.charAt(i));
            i++;
        }
        return text.toString();
    }
}
