package dev.charter.runtime;

import java.util.Arrays;

/**
 * The evaluation form of one element of a list of objects: its members' forms in the order the
 * element type declares them, null for an optional member the element leaves out. Built once
 * when the list is bound.
 */
final class RecordForm {

    final String[] names;
    final Object[] values;

    RecordForm(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordForm r && Arrays.equals(names, r.names) && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** As explanations show a value: {@code {sku: "a-1", qty: 2}}, an absent member left out. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                out.append(out.length() == 1 ? "" : ", ")
                        .append(names[i])
                        .append(": ")
                        .append(text(values[i]));
            }
        }
        return out.append('}').toString();
    }

    private static String text(Object form) {
        if (form instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return form instanceof java.math.BigDecimal d ? d.toPlainString() : form.toString();
    }
}
