package dev.charter.compiler.check;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.PrimitiveType;
import dev.charter.runtime.ir.Schema;
import dev.charter.runtime.ir.ValueType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a constitution declares, merged over its files: the symbol table the later checks
 * and lowering read. Only the first of two clashing declarations is entered (the second is
 * reported), and a type that does not resolve is left out, so that a later lookup finds nothing
 * and stays silent instead of repeating the error.
 */
final class Declarations {

    static final Map<String, PrimitiveType> PRIMITIVES = Map.of(
            "bool",
            PrimitiveType.BOOL,
            "int",
            PrimitiveType.INT,
            "decimal",
            PrimitiveType.DECIMAL,
            "string",
            PrimitiveType.STRING,
            "date",
            PrimitiveType.DATE,
            "action",
            PrimitiveType.ACTION);

    final List<ConstitutionFile> files;

    String name;
    long version;
    String reviewedBy;
    LocalDate reviewedOn;
    String timezone = "UTC";

    /** Enum name to its values, the built-in {@code Weekday} included. */
    final Map<String, List<String>> enums = new LinkedHashMap<>();

    final Map<String, Declaration.EnumDecl> enumDecls = new LinkedHashMap<>();

    final Map<String, FieldDecl> context = new LinkedHashMap<>();
    final Map<String, Declaration.ActionDecl> actions = new LinkedHashMap<>();
    /** Each action's parameters by name; the first of two with one name. */
    final Map<String, Map<String, FieldDecl>> parameters = new LinkedHashMap<>();
    /** The resolved types of fields; a field whose type does not resolve has no entry. */
    final Map<FieldDecl, ValueType> fieldTypes = new IdentityHashMap<>();

    final Map<String, Declaration.RelationDecl> relations = new LinkedHashMap<>();
    final Map<String, List<Declaration.ClauseDecl>> clausesByHead = new LinkedHashMap<>();
    final List<Declaration.ClauseDecl> clauses = new ArrayList<>();
    /** Every relation name in the order it is first declared or defined. */
    final Set<String> relationOrder = new LinkedHashSet<>();

    final List<Declaration.RuleDecl> rules = new ArrayList<>();
    /** The actions each rule's pattern expands to; absent when part of the pattern did not resolve. */
    final Map<Declaration.RuleDecl, List<String>> ruleActions = new IdentityHashMap<>();

    final List<Declaration.AssertDecl> assertions = new ArrayList<>();

    boolean routesDeclared;
    final Set<String> routes = new LinkedHashSet<>();
    Declaration.DefaultDecl defaultDecl;
    Declaration.ConflictDecl conflictDecl;

    Declarations(List<ConstitutionFile> files) {
        this.files = List.copyOf(files);
        enums.put(EnumType.WEEKDAY.name(), Schema.WEEKDAYS);
    }

    Optional<ValueType> type(FieldDecl field) {
        return Optional.ofNullable(fieldTypes.get(field));
    }

    Optional<FieldDecl> parameter(String action, String parameter) {
        return Optional.ofNullable(parameters.getOrDefault(action, Map.of()).get(parameter));
    }

    /** Whether a relation is declared or defined by at least one clause. */
    boolean isRelation(String relation) {
        return relations.containsKey(relation) || clausesByHead.containsKey(relation);
    }

    boolean isInput(String relation) {
        Declaration.RelationDecl decl = relations.get(relation);
        return decl != null && decl.input();
    }

    /** Names a bare lower-case name in a condition can stand for, for suggestions. */
    List<String> valueNames() {
        List<String> names = new ArrayList<>(actions.keySet());
        enums.values().forEach(names::addAll);
        names.addAll(List.of("agent", "decision", "route"));
        return names;
    }
}
