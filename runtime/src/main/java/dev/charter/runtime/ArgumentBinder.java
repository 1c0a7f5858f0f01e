package dev.charter.runtime;

import dev.charter.runtime.ir.ActionDecl;
import dev.charter.runtime.ir.Field;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.ObjectParameter;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one level of a request's arguments against an action's schema and puts them into their
 * slots: the action's own parameters, or the fields of an object parameter, which it descends
 * into with a binder of its own. An object that is present fills its slot with {@code TRUE}, the
 * value its presence test reads. An optional parameter or object left out or given as JSON
 * {@code null} leaves its slot empty; a key an open action or object ({@code ...}) does not
 * declare is ignored.
 */
final class ArgumentBinder {

    private final String scope;
    private final String owner;
    private final String[] names;
    private final int[] slots;
    private final TypedReader[] readers;
    private final ArgumentBinder[] objects;
    private final boolean[] required;
    private final int[] bounds;
    private final RecordReader[] records;
    private final boolean open;

    private ArgumentBinder(
            String scope,
            String owner,
            String[] names,
            int[] slots,
            TypedReader[] readers,
            ArgumentBinder[] objects,
            boolean[] required,
            int[] bounds,
            RecordReader[] records,
            boolean open) {
        this.scope = scope;
        this.owner = owner;
        this.names = names;
        this.slots = slots;
        this.readers = readers;
        this.objects = objects;
        this.required = required;
        this.bounds = bounds;
        this.records = records;
        this.open = open;
    }

    /** The binder of an action's arguments. */
    static ArgumentBinder of(ActionDecl action, SlotLayout layout, Schema schema) {
        return level(action, "", "action " + action.name(), action.open(), layout, schema);
    }

    private static ArgumentBinder level(
            ActionDecl action, String prefix, String owner, boolean open, SlotLayout layout, Schema schema) {
        List<String> names = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<TypedReader> readers = new ArrayList<>();
        List<ArgumentBinder> objects = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>();
        List<RecordReader> records = new ArrayList<>();
        // Plain parameters before objects: a missing or ill-typed argument at this level is found
        // before any problem inside an object.
        for (Field p : action.parameters()) {
            if (isChild(p.name(), prefix)) {
                names.add(p.name().substring(prefix.length()));
                slots.add(layout.parameter(p.name()));
                // A list is read element by element, by its elements' reader.
                boolean list = p.type() instanceof ListType;
                ValueType element = list ? ((ListType) p.type()).element() : p.type();
                boolean ofObjects = element instanceof RecordType;
                readers.add(ofObjects ? null : TypedReader.forType(element, schema));
                records.add(ofObjects ? new RecordReader((RecordType) element, schema) : null);
                bounds.add(list ? ((ListType) p.type()).bound() : 0);
                objects.add(null);
                required.add(!p.optional());
            }
        }
        for (ObjectParameter o : action.objects()) {
            if (isChild(o.path(), prefix)) {
                names.add(o.path().substring(prefix.length()));
                slots.add(layout.parameter(o.path()));
                readers.add(null);
                objects.add(level(action, o.path() + ".", "object request." + o.path(), o.open(), layout, schema));
                bounds.add(0);
                records.add(null);
                required.add(!o.optional());
            }
        }
        boolean[] mandatory = new boolean[required.size()];
        for (int i = 0; i < mandatory.length; i++) {
            mandatory[i] = required.get(i);
        }
        return new ArgumentBinder(
                "request." + prefix,
                owner,
                names.toArray(String[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray(),
                readers.toArray(TypedReader[]::new),
                objects.toArray(ArgumentBinder[]::new),
                mandatory,
                bounds.stream().mapToInt(Integer::intValue).toArray(),
                records.toArray(RecordReader[]::new),
                open);
    }

    /** Whether {@code path} is directly under {@code prefix} (empty for the action's own level). */
    private static boolean isChild(String path, String prefix) {
        return path.startsWith(prefix) && path.indexOf('.', prefix.length()) < 0;
    }

    /**
     * Binds {@code given}, the arguments at this level by key.
     *
     * @throws EvaluationFailure for a missing, ill-typed or undeclared argument
     */
    void bind(Map<String, Object> given, Frame f) {
        int found = 0;
        for (int i = 0; i < names.length; i++) {
            Object raw = given.get(names[i]);
            if (raw == null) {
                if (required[i]) {
                    throw new EvaluationFailure(ReasonCode.MISSING_ATTRIBUTE, scope + names[i] + " is missing");
                }
                continue;
            }
            found++;
            if (RawJson.isNull(raw)) {
                if (required[i]) {
                    throw new EvaluationFailure(
                            ReasonCode.ILL_TYPED_ATTRIBUTE,
                            scope + names[i] + " is null, but it is required; only an optional parameter may be null");
                }
                continue;
            }
            if (objects[i] != null) {
                Map<String, Object> fields = RawJson.fields(raw);
                if (fields == null) {
                    throw new EvaluationFailure(
                            ReasonCode.ILL_TYPED_ATTRIBUTE,
                            scope + names[i] + ": " + RawJson.toNode(raw) + " is not an object");
                }
                objects[i].bind(fields, f);
                f.slots[slots[i]] = Boolean.TRUE;
                continue;
            }
            if (bounds[i] > 0) {
                f.slots[slots[i]] = list(names[i], raw, readers[i], records[i], bounds[i]);
                continue;
            }
            Object form = readers[i].read(raw);
            if (form == null) {
                throw new EvaluationFailure(
                        ReasonCode.ILL_TYPED_ATTRIBUTE,
                        scope + names[i] + ": " + RawJson.toNode(raw) + " is not " + readers[i].type.withArticle());
            }
            f.slots[slots[i]] = form;
        }
        if (found != given.size() && !open) {
            throw ActionPlan.undeclared(given, List.of(names), scope, owner);
        }
    }

    /**
     * A list argument's elements in evaluation form, read once into the frame: a JSON array of at
     * most {@code bound} elements, each of the element type.
     */
    private Object[] list(String name, Object raw, TypedReader element, RecordReader record, int bound) {
        if (!(raw instanceof RawJson.Array array)) {
            throw new EvaluationFailure(
                    ReasonCode.ILL_TYPED_ATTRIBUTE, scope + name + ": " + RawJson.toNode(raw) + " is not a list");
        }
        List<Object> given = array.elements();
        if (given.size() > bound) {
            throw new EvaluationFailure(
                    ReasonCode.ILL_TYPED_ATTRIBUTE,
                    scope + name + " has " + given.size() + " elements, more than its bound of " + bound);
        }
        Object[] forms = new Object[given.size()];
        for (int k = 0; k < forms.length; k++) {
            if (record != null) {
                forms[k] = record.read(given.get(k), scope + name + "[" + k + "]");
                continue;
            }
            Object form = element.read(given.get(k));
            if (form == null) {
                throw new EvaluationFailure(
                        ReasonCode.ILL_TYPED_ATTRIBUTE,
                        scope + name + "[" + k + "]: " + RawJson.toNode(given.get(k)) + " is not "
                                + element.type.withArticle());
            }
            forms[k] = form;
        }
        return forms;
    }

    /** Reads one element of a list of objects: its members by the element type, into a {@link RecordForm}. */
    private static final class RecordReader {
        private final String[] names;
        private final TypedReader[] readers;
        private final boolean[] optional;
        private final boolean open;
        private final String owner;

        RecordReader(RecordType type, Schema schema) {
            this.names = type.members().stream().map(RecordType.Member::name).toArray(String[]::new);
            this.readers = type.members().stream()
                    .map(m -> TypedReader.forType(m.type(), schema))
                    .toArray(TypedReader[]::new);
            this.optional = new boolean[names.length];
            for (int i = 0; i < names.length; i++) {
                optional[i] = type.members().get(i).optional();
            }
            this.open = type.open();
            this.owner = "the list's elements";
        }

        RecordForm read(Object raw, String path) {
            Map<String, Object> given = RawJson.fields(raw);
            if (given == null) {
                throw new EvaluationFailure(
                        ReasonCode.ILL_TYPED_ATTRIBUTE, path + ": " + RawJson.toNode(raw) + " is not an object");
            }
            Object[] values = new Object[names.length];
            int found = 0;
            for (int i = 0; i < names.length; i++) {
                Object member = given.get(names[i]);
                if (member == null || RawJson.isNull(member)) {
                    if (member != null) {
                        found++;
                    }
                    if (!optional[i]) {
                        throw new EvaluationFailure(
                                member == null ? ReasonCode.MISSING_ATTRIBUTE : ReasonCode.ILL_TYPED_ATTRIBUTE,
                                path + "." + names[i]
                                        + (member == null ? " is missing" : " is null, but it is required"));
                    }
                    continue;
                }
                found++;
                Object form = readers[i].read(member);
                if (form == null) {
                    throw new EvaluationFailure(
                            ReasonCode.ILL_TYPED_ATTRIBUTE,
                            path + "." + names[i] + ": " + RawJson.toNode(member) + " is not "
                                    + readers[i].type.withArticle());
                }
                values[i] = form;
            }
            if (found != given.size() && !open) {
                throw ActionPlan.undeclared(given, List.of(names), path + ".", owner);
            }
            return new RecordForm(names, values);
        }
    }
}
