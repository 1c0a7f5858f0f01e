package dev.charter.compiler.check;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.DeclarationVisitor;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.Name;
import dev.charter.compiler.diagnostic.Diagnostic;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import dev.charter.runtime.ir.EnumType;
import dev.charter.runtime.ir.ListType;
import dev.charter.runtime.ir.RecordType;
import dev.charter.runtime.ir.SourceSpan;
import dev.charter.runtime.ir.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of the resolve stage: enters every declaration of every file into
 * {@link Declarations}, reporting names declared twice and types that name nothing.
 */
final class DeclarationCollector implements DeclarationVisitor<Void> {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Map<String, SourceSpan> ruleNames = new HashMap<>();
    private final Map<String, SourceSpan> assertionNames = new HashMap<>();
    private final Map<String, SourceSpan> routeNames = new HashMap<>();

    private DeclarationCollector(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    static Declarations collect(List<ConstitutionFile> files, Diagnostics diagnostics) {
        Declarations declarations = new Declarations(files);
        DeclarationCollector collector = new DeclarationCollector(declarations, diagnostics);
        // Enums first: a field may use an enum declared further down or in another file.
        for (ConstitutionFile file : files) {
            file.declarations().stream()
                    .filter(Declaration.EnumDecl.class::isInstance)
                    .forEach(d -> collector.enumDecl((Declaration.EnumDecl) d));
        }
        for (ConstitutionFile file : files) {
            file.declarations().stream()
                    .filter(d -> !(d instanceof Declaration.EnumDecl))
                    .forEach(d -> d.accept(collector));
        }
        return declarations;
    }

    private void enumDecl(Declaration.EnumDecl decl) {
        String name = decl.name().text();
        if (name.equals(EnumType.WEEKDAY.name()) || Declarations.PRIMITIVES.containsKey(name)) {
            diagnostics.report(
                    DiagnosticCode.DUPLICATE_ENUM,
                    decl.name().span(),
                    "`" + name + "` is a built-in type",
                    "choose another name for this enum");
            return;
        }
        Declaration.EnumDecl first = declarations.enumDecls.get(name);
        if (first != null) {
            duplicate(
                    DiagnosticCode.DUPLICATE_ENUM,
                    "enum `" + name + "`",
                    decl.name(),
                    first.name().span());
            return;
        }
        declarations.enumDecls.put(name, decl);
        Map<String, SourceSpan> seen = new HashMap<>();
        List<String> values = new ArrayList<>();
        for (Name value : decl.values()) {
            SourceSpan earlier = seen.putIfAbsent(value.text(), value.span());
            if (earlier != null) {
                duplicate(
                        DiagnosticCode.DUPLICATE_ENUM_VALUE,
                        "value `" + value.text() + "` of enum `" + name + "`",
                        value,
                        earlier);
            } else {
                values.add(value.text());
            }
        }
        declarations.enums.put(name, List.copyOf(values));
    }

    @Override
    public Void visitEnum(Declaration.EnumDecl declaration) {
        return null;
    }

    @Override
    public Void visitContext(Declaration.ContextDecl declaration) {
        for (FieldDecl field : declaration.fields()) {
            FieldDecl first = declarations.context.get(field.name().text());
            if (first != null) {
                duplicate(
                        DiagnosticCode.DUPLICATE_ATTRIBUTE,
                        "context attribute `" + field.name().text() + "`",
                        field.name(),
                        first.name().span());
            } else {
                declarations.context.put(field.name().text(), field);
                resolveType(field);
            }
        }
        return null;
    }

    @Override
    public Void visitAction(Declaration.ActionDecl declaration) {
        String name = declaration.name().text();
        Declaration.ActionDecl first = declarations.actions.get(name);
        if (first != null) {
            duplicate(
                    DiagnosticCode.DUPLICATE_ACTION,
                    "action `" + name + "`",
                    declaration.name(),
                    first.name().span());
            return null;
        }
        declarations.actions.put(name, declaration);
        Map<String, FieldDecl> byPath = new LinkedHashMap<>();
        parameters(declaration.parameters(), "", "of action `" + name + "`", byPath);
        declarations.parameters.put(name, byPath);
        return null;
    }

    /**
     * Checks an action's parameters and files them by path: an object parameter under its name,
     * and each of its fields under {@code object.field}, to any depth.
     */
    private void parameters(List<FieldDecl> fields, String prefix, String owner, Map<String, FieldDecl> byPath) {
        Map<String, SourceSpan> seen = new HashMap<>();
        for (FieldDecl field : fields) {
            SourceSpan earlier =
                    seen.putIfAbsent(field.name().text(), field.name().span());
            if (earlier != null) {
                duplicate(
                        DiagnosticCode.DUPLICATE_PARAMETER,
                        "parameter `" + prefix + field.name().text() + "` " + owner,
                        field.name(),
                        earlier);
                if (field.object().isEmpty()) {
                    resolveType(field);
                }
                continue;
            }
            String path = prefix + field.name().text();
            byPath.put(path, field);
            if (field.list().isPresent()) {
                listType(field);
            } else if (field.object().isPresent()) {
                parameters(field.object().get().fields(), path + ".", owner, byPath);
            } else {
                resolveType(field);
            }
        }
    }

    @Override
    public Void visitRelation(Declaration.RelationDecl declaration) {
        String name = declaration.name().text();
        Declaration.RelationDecl first = declarations.relations.get(name);
        if (first != null) {
            duplicate(
                    DiagnosticCode.DUPLICATE_RELATION,
                    "relation `" + name + "`",
                    declaration.name(),
                    first.name().span());
            return null;
        }
        declarations.relations.put(name, declaration);
        declarations.relationOrder.add(name);
        fields(declaration.columns(), DiagnosticCode.DUPLICATE_COLUMN, "of relation `" + name + "`", "column");
        return null;
    }

    private void fields(List<FieldDecl> fields, DiagnosticCode code, String owner, String kind) {
        Map<String, SourceSpan> seen = new HashMap<>();
        for (FieldDecl field : fields) {
            SourceSpan earlier =
                    seen.putIfAbsent(field.name().text(), field.name().span());
            if (earlier != null) {
                duplicate(code, kind + " `" + field.name().text() + "` " + owner, field.name(), earlier);
            }
            resolveType(field);
        }
    }

    /** {@code list<T, N>}: T a scalar type, N from 1 to {@link ListType#MAX_BOUND}. */
    private void listType(FieldDecl field) {
        FieldDecl.ListShape shape = field.list().orElseThrow();
        java.math.BigInteger bound = shape.bound()
                .map(java.math.BigInteger::new)
                .orElse(java.math.BigInteger.valueOf(ListType.DEFAULT_BOUND));
        if (bound.signum() <= 0 || bound.compareTo(java.math.BigInteger.valueOf(ListType.MAX_BOUND)) > 0) {
            diagnostics.report(
                    DiagnosticCode.INVALID_LIST_TYPE,
                    shape.span(),
                    "a list's bound is 1 to " + ListType.MAX_BOUND + ", not " + bound,
                    "give a bound from 1 to " + ListType.MAX_BOUND + ", or none for the default of "
                            + ListType.DEFAULT_BOUND);
            resolveType(field);
            declarations.fieldTypes.remove(field);
            return;
        }
        if (field.object().isPresent()) {
            RecordType element = recordType(field.object().get());
            if (element != null) {
                declarations.fieldTypes.put(field, new ListType(element, bound.intValue()));
            }
            return;
        }
        if (field.type().name().equals("action")) {
            diagnostics.report(
                    DiagnosticCode.INVALID_LIST_TYPE,
                    field.type().span(),
                    "a list cannot hold actions",
                    "a list holds bool, int, decimal, string or date values, or the values of an enum");
            return;
        }
        resolveType(field);
        ValueType element = declarations.fieldTypes.get(field);
        if (element != null) {
            declarations.fieldTypes.put(field, new ListType(element, bound.intValue()));
        }
    }

    /** The flat object a list's elements are: scalar members, each once; null after a report. */
    private RecordType recordType(FieldDecl.ObjectShape shape) {
        List<RecordType.Member> members = new ArrayList<>();
        Map<String, SourceSpan> seen = new HashMap<>();
        boolean sound = true;
        for (FieldDecl member : shape.fields()) {
            SourceSpan earlier =
                    seen.putIfAbsent(member.name().text(), member.name().span());
            if (earlier != null) {
                duplicate(
                        DiagnosticCode.DUPLICATE_PARAMETER,
                        "member `" + member.name().text() + "` of the list's elements",
                        member.name(),
                        earlier);
                sound = false;
                continue;
            }
            if (member.object().isPresent()
                    || member.list().isPresent()
                    || member.type().name().equals("action")) {
                diagnostics.report(
                        DiagnosticCode.INVALID_LIST_TYPE,
                        member.type().span(),
                        "a list's elements are flat objects: member `"
                                + member.name().text() + "` cannot be "
                                + (member.type().name().equals("action") ? "an action" : "an object or a list"),
                        "give the member a bool, int, decimal, string, date or enum type");
                sound = false;
                continue;
            }
            resolveType(member);
            ValueType type = declarations.fieldTypes.get(member);
            if (type == null) {
                sound = false;
                continue;
            }
            members.add(new RecordType.Member(member.name().text(), type, member.optional()));
        }
        return sound ? new RecordType(members, shape.open()) : null;
    }

    private void resolveType(FieldDecl field) {
        String type = field.type().name();
        ValueType resolved = Declarations.PRIMITIVES.get(type);
        if (resolved == null && declarations.enums.containsKey(type)) {
            resolved = new EnumType(type);
        }
        if (resolved != null) {
            declarations.fieldTypes.put(field, resolved);
            return;
        }
        List<String> candidates = new ArrayList<>(List.of("bool", "int", "decimal", "string", "date", "action"));
        candidates.addAll(declarations.enums.keySet());
        String help = DidYouMean.help(type, candidates);
        diagnostics.report(
                DiagnosticCode.UNDEFINED_TYPE,
                field.type().span(),
                "unknown type `" + type + "`",
                help != null ? help : "the types are bool, int, decimal, string, date, action and the declared enums");
    }

    @Override
    public Void visitRoutes(Declaration.RoutesDecl declaration) {
        declarations.routesDeclared = true;
        for (Literal.StringLiteral route : declaration.routes()) {
            SourceSpan earlier = routeNames.putIfAbsent(route.value(), route.span());
            if (earlier != null) {
                diagnostics.add(Diagnostic.of(
                                DiagnosticCode.DUPLICATE_ROUTE,
                                route.span(),
                                "route \"" + route.value() + "\" is declared twice",
                                "remove one of them")
                        .withLabel(earlier, "first declared here"));
            } else {
                declarations.routes.add(route.value());
            }
        }
        return null;
    }

    @Override
    public Void visitClause(Declaration.ClauseDecl declaration) {
        String head = declaration.head().relation().text();
        declarations.clauses.add(declaration);
        declarations.clausesByHead.computeIfAbsent(head, k -> new ArrayList<>()).add(declaration);
        declarations.relationOrder.add(head);
        return null;
    }

    @Override
    public Void visitRule(Declaration.RuleDecl declaration) {
        if (unique(
                ruleNames,
                declaration.name(),
                DiagnosticCode.DUPLICATE_RULE,
                "rule `" + declaration.name().text() + "`")) {
            declarations.rules.add(declaration);
        }
        return null;
    }

    @Override
    public Void visitDefault(Declaration.DefaultDecl declaration) {
        if (declarations.defaultDecl != null) {
            diagnostics.add(Diagnostic.of(
                            DiagnosticCode.DUPLICATE_DEFAULT,
                            declaration.span(),
                            "the constitution has more than one `default`",
                            "keep exactly one `default` declaration")
                    .withLabel(declarations.defaultDecl.span(), "first `default` here"));
        } else {
            declarations.defaultDecl = declaration;
        }
        return null;
    }

    @Override
    public Void visitConflict(Declaration.ConflictDecl declaration) {
        if (declarations.conflictDecl != null) {
            diagnostics.add(Diagnostic.of(
                            DiagnosticCode.DUPLICATE_CONFLICT_POLICY,
                            declaration.span(),
                            "the constitution has more than one `on conflict`",
                            "keep exactly one `on conflict` declaration")
                    .withLabel(declarations.conflictDecl.span(), "first `on conflict` here"));
        } else {
            declarations.conflictDecl = declaration;
        }
        return null;
    }

    @Override
    public Void visitAssert(Declaration.AssertDecl declaration) {
        if (unique(
                assertionNames,
                declaration.name(),
                DiagnosticCode.DUPLICATE_ASSERTION,
                "assertion `" + declaration.name().text() + "`")) {
            declarations.assertions.add(declaration);
        }
        return null;
    }

    private boolean unique(Map<String, SourceSpan> seen, Name name, DiagnosticCode code, String subject) {
        SourceSpan earlier = seen.putIfAbsent(name.text(), name.span());
        if (earlier != null) {
            duplicate(code, subject, name, earlier);
            return false;
        }
        return true;
    }

    /** {@code subject} names what is declared twice, e.g. "column `role` of relation `grants`". */
    private void duplicate(DiagnosticCode code, String subject, Name name, SourceSpan first) {
        diagnostics.add(Diagnostic.of(code, name.span(), subject + " is declared twice", "rename or remove one of them")
                .withLabel(first, "first declared here"));
    }
}
