package dev.charter.compiler.parse;

import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.FieldDecl;
import dev.charter.compiler.ast.Header;
import dev.charter.compiler.ast.Literal;
import dev.charter.compiler.ast.Name;
import dev.charter.compiler.ast.TypeRef;
import dev.charter.grammar.CharterParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.tree.TerminalNode;

/** The schema: the header, enums, the context, actions, relations and routes. */
final class DeclarationBuilder {

    private final LiteralBuilder leaves;
    private final ActionNameBuilder actionNames;
    private final Spans spans;

    DeclarationBuilder(LiteralBuilder leaves) {
        this.leaves = leaves;
        this.actionNames = new ActionNameBuilder(leaves);
        this.spans = leaves.spans();
    }

    Header header(CharterParser.HeaderContext c) {
        List<Header.Field> fields = c.headerField().stream()
                .map(f -> new Header.Field(spans.of(f), leaves.name(f.key), leaves.literal(f.value)))
                .collect(Collectors.toList());
        return new Header(spans.of(c), leaves.string(c.name), leaves.integer(c.version), fields);
    }

    Declaration.EnumDecl enumeration(CharterParser.EnumDeclContext c) {
        List<Name> values = c.identifier().stream().map(leaves::name).collect(Collectors.toList());
        return new Declaration.EnumDecl(spans.of(c), leaves.name(c.name), values);
    }

    Declaration.ContextDecl context(CharterParser.ContextDeclContext c) {
        return new Declaration.ContextDecl(spans.of(c), fields(c.fieldList()));
    }

    Declaration.ActionDecl action(CharterParser.ActionDeclContext c) {
        CharterParser.ParameterListContext list = c.parameterList();
        return new Declaration.ActionDecl(
                spans.of(c), actionNames.declared(c.name), parameters(list), list != null && list.open != null);
    }

    private List<FieldDecl> parameters(CharterParser.ParameterListContext list) {
        return list == null
                ? List.of()
                : list.parameter().stream().map(this::parameter).collect(Collectors.toList());
    }

    Declaration.RelationDecl relation(CharterParser.RelationDeclContext c) {
        List<FieldDecl> columns = c.field().stream().map(this::field).collect(Collectors.toList());
        return new Declaration.RelationDecl(spans.of(c), c.INPUT() != null, leaves.name(c.name), columns);
    }

    Declaration.RoutesDecl routes(CharterParser.RoutesDeclContext c) {
        List<Literal.StringLiteral> routes = c.STRING().stream()
                .map(TerminalNode::getSymbol)
                .map(leaves::string)
                .collect(Collectors.toList());
        return new Declaration.RoutesDecl(spans.of(c), routes);
    }

    private List<FieldDecl> fields(CharterParser.FieldListContext list) {
        return list == null ? List.of() : list.field().stream().map(this::field).collect(Collectors.toList());
    }

    private FieldDecl parameter(CharterParser.ParameterContext c) {
        if (c.list != null) {
            CharterParser.ListTypeContext l = c.list;
            FieldDecl.ListShape shape = new FieldDecl.ListShape(
                    spans.of(l), Optional.ofNullable(l.bound).map(t -> t.getText()));
            if (l.object != null) {
                CharterParser.ParameterListContext list = l.object.parameterList();
                return new FieldDecl(
                        spans.of(c),
                        leaves.name(c.name),
                        new TypeRef(spans.of(l.object), "object"),
                        c.optional != null,
                        Optional.of(new FieldDecl.ObjectShape(parameters(list), list != null && list.open != null)),
                        Optional.of(shape));
            }
            return new FieldDecl(
                    spans.of(c),
                    leaves.name(c.name),
                    new TypeRef(spans.of(l.element), l.element.getText()),
                    c.optional != null,
                    Optional.empty(),
                    Optional.of(shape));
        }
        if (c.object != null) {
            CharterParser.ParameterListContext list = c.object.parameterList();
            return new FieldDecl(
                    spans.of(c),
                    leaves.name(c.name),
                    new TypeRef(spans.of(c.object), "object"),
                    c.optional != null,
                    Optional.of(new FieldDecl.ObjectShape(parameters(list), list != null && list.open != null)));
        }
        return new FieldDecl(
                spans.of(c), leaves.name(c.name), new TypeRef(spans.of(c.type), c.type.getText()), c.optional != null);
    }

    private FieldDecl field(CharterParser.FieldContext c) {
        return new FieldDecl(spans.of(c), leaves.name(c.name), new TypeRef(spans.of(c.type), c.type.getText()));
    }
}
