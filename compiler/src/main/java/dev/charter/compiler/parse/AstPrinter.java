package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ActionPattern;
import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.DeclarationVisitor;
import dev.charter.compiler.ast.Expression;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.Header;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Canonical Charter source for an AST: one blank line between declarations, two-space indents,
 * rule clauses one per line, a condition that would pass {@value #WIDTH} columns broken before
 * each top-level {@code and} (or {@code or}, or an assertion's {@code =>}), and only the
 * parentheses precedence requires. Parsing the output
 * gives back the same tree (spans aside), which is how tests compare trees and how tools can
 * reformat a constitution.
 */
public final class AstPrinter {

    private static final String INDENT = "  ";
    private static final String CONTINUATION = "   ";
    private static final int WIDTH = 100;

    private AstPrinter() {}

    /** The whole file. */
    public static String print(ConstitutionFile file) {
        Rendering rendering = new Rendering();
        List<String> parts = new ArrayList<>();
        file.header().ifPresent(header -> parts.add(header(header, rendering.expressions)));
        file.declarations().forEach(declaration -> parts.add(declaration.accept(rendering)));
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    /** One declaration, without a trailing newline. */
    public static String print(Declaration declaration) {
        return declaration.accept(new Rendering());
    }

    /** The {@code constitution "name" version N { ... }} header, without a trailing newline. */
    public static String print(Header header) {
        return header(header, new ExpressionPrinter());
    }

    /** One condition on one line. */
    public static String print(Expression expression) {
        return new ExpressionPrinter().print(expression);
    }

    private static String header(Header header, ExpressionPrinter expressions) {
        StringBuilder out = new StringBuilder("constitution ")
                .append(expressions.literal(header.name()))
                .append(" version ")
                .append(header.version().text())
                .append(" {\n");
        for (Header.Field field : header.fields()) {
            out.append(INDENT)
                    .append(field.key().text())
                    .append(' ')
                    .append(expressions.literal(field.value()))
                    .append('\n');
        }
        return out.append('}').toString();
    }

    /** The declaration visitor; holds the expression printer it delegates conditions to. */
    private static final class Rendering implements DeclarationVisitor<String> {

        private final ExpressionPrinter expressions = new ExpressionPrinter();

        @Override
        public String visitEnum(Declaration.EnumDecl d) {
            return "enum " + d.name().text() + " { "
                    + d.values().stream().map(Name::text).collect(Collectors.joining(", ")) + " }";
        }

        @Override
        public String visitContext(Declaration.ContextDecl d) {
            if (d.fields().isEmpty()) {
                return "context {}";
            }
            return "context {\n"
                    + d.fields().stream().map(f -> INDENT + field(f) + "\n").collect(Collectors.joining()) + "}";
        }

        @Override
        public String visitAction(Declaration.ActionDecl d) {
            String name = ActionNameSyntax.written(d.name().text());
            String parameters = fields(d.parameters());
            if (d.open()) {
                parameters = parameters.isEmpty() ? "..." : parameters + ", ...";
            }
            return "action " + name + (parameters.isEmpty() ? " {}" : " { " + parameters + " }");
        }

        @Override
        public String visitRelation(Declaration.RelationDecl d) {
            return (d.input() ? "input " : "") + "relation " + d.name().text() + "(" + fields(d.columns()) + ")";
        }

        @Override
        public String visitRoutes(Declaration.RoutesDecl d) {
            return "routes { " + ExpressionPrinter.joined(d.routes(), expressions::literal) + " }";
        }

        @Override
        public String visitClause(Declaration.ClauseDecl d) {
            String head = expressions.atom(d.head());
            if (d.isFact()) {
                return head + ".";
            }
            return head + " :- " + ExpressionPrinter.joined(d.body(), expressions::bodyLiteral) + ".";
        }

        @Override
        public String visitRule(Declaration.RuleDecl d) {
            StringBuilder out = new StringBuilder("rule ")
                    .append(d.name().text())
                    .append(":\n")
                    .append(INDENT)
                    .append(d.effect().keyword())
                    .append(' ')
                    .append(pattern(d.actions()))
                    .append(route(d.route()));
            d.when().ifPresent(c -> out.append('\n').append(condition("when ", c)));
            d.unless().ifPresent(c -> out.append('\n').append(condition("unless ", c)));
            d.priority()
                    .ifPresent(p ->
                            out.append('\n').append(INDENT).append("priority ").append(expressions.literal(p)));
            d.because()
                    .ifPresent(r ->
                            out.append('\n').append(INDENT).append("because ").append(expressions.literal(r)));
            return out.append(';').toString();
        }

        @Override
        public String visitDefault(Declaration.DefaultDecl d) {
            return "default " + d.effect().keyword() + route(d.route()) + ";";
        }

        @Override
        public String visitConflict(Declaration.ConflictDecl d) {
            return "on conflict " + d.effect().keyword() + route(d.route()) + ";";
        }

        @Override
        public String visitAssert(Declaration.AssertDecl d) {
            String line = INDENT + expressions.print(d.condition());
            if (line.length() < WIDTH || !(d.condition() instanceof Expression.Implies)) {
                return "assert " + d.name().text() + ":\n" + line + ";";
            }
            List<String> sides = expressions.implication((Expression.Implies) d.condition());
            return "assert " + d.name().text() + ":\n" + INDENT + sides.get(0) + "\n" + INDENT + INDENT + "=> "
                    + sides.get(1) + ";";
        }

        /** {@code when} or {@code unless} and its condition: one line, or one operand a line when too wide. */
        private String condition(String keyword, Expression condition) {
            String line = INDENT + keyword + expressions.print(condition);
            ExpressionPrinter.Chain chain = expressions.chain(condition);
            if (line.length() < WIDTH || chain.operands().size() == 1) {
                return line;
            }
            return INDENT + keyword + String.join("\n" + CONTINUATION + chain.keyword() + " ", chain.operands());
        }

        private String route(Optional<Literal.StringLiteral> route) {
            return route.map(r -> " to " + expressions.literal(r)).orElse("");
        }

        private static String fields(List<FieldDecl> fields) {
            return fields.stream().map(Rendering::field).collect(Collectors.joining(", "));
        }

        private static String field(FieldDecl field) {
            String type = field.object()
                    .map(o -> {
                        String fields = fields(o.fields());
                        if (o.open()) {
                            fields = fields.isEmpty() ? "..." : fields + ", ...";
                        }
                        return fields.isEmpty() ? "{}" : "{ " + fields + " }";
                    })
                    .orElse(field.type().name());
            if (field.list().isPresent()) {
                type = "list<" + type
                        + field.list().get().bound().map(b -> ", " + b).orElse("") + ">";
            }
            return field.name().text() + (field.optional() ? "?" : "") + ": " + type;
        }

        private static String pattern(ActionPattern pattern) {
            if (pattern instanceof ActionPattern.ActionList) {
                return "{" + ExpressionPrinter.joined(((ActionPattern.ActionList) pattern).items(), Rendering::pattern)
                        + "}";
            }
            return ExpressionPrinter.glob((ActionPattern.Single) pattern);
        }
    }
}
