package dev.charter.compiler.parse;

import dev.charter.compiler.ast.ConstitutionFile;
import dev.charter.compiler.ast.Declaration;
import dev.charter.compiler.ast.Header;
import dev.charter.grammar.CharterParser;
import dev.charter.runtime.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The whole file: dispatches each declaration to the builder of its area. A declaration the
 * parser had to repair is left out (its syntax error is already reported), so the AST is partial
 * but everything in it is exactly what the author wrote.
 */
final class FileBuilder {

    private final Spans spans;
    private final SyntaxErrorLog log;
    private final DeclarationBuilder schema;
    private final DatalogBuilder datalog;
    private final RuleBuilder rules;

    FileBuilder(Spans spans, SyntaxErrorLog log) {
        this.spans = spans;
        this.log = log;
        LiteralBuilder leaves = new LiteralBuilder(spans, log);
        this.schema = new DeclarationBuilder(leaves);
        this.datalog = new DatalogBuilder(leaves);
        ActionNameBuilder actionNames = new ActionNameBuilder(leaves);
        this.rules = new RuleBuilder(leaves, new ExpressionBuilder(leaves, actionNames), actionNames);
    }

    ConstitutionFile build(CharterParser.ConstitutionContext tree) {
        Optional<Header> header =
                Optional.ofNullable(tree.header()).filter(this::intact).map(schema::header);
        List<Declaration> declarations = new ArrayList<>();
        for (CharterParser.DeclarationContext declaration : tree.declaration()) {
            if (intact(declaration)) {
                declarations.add(declaration(declaration));
            }
        }
        return new ConstitutionFile(spans.of(tree), spans.file(), header, declarations);
    }

    private boolean intact(ParserRuleContext context) {
        ParseTreeCondition condition = ParseTreeCondition.of(context);
        if (condition == ParseTreeCondition.TOO_DEEP) {
            log.error(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    spans.of(context),
                    "this declaration nests more than " + ParseTreeCondition.MAX_DEPTH + " levels deep",
                    "split the condition into several rules or Datalog relations");
        }
        return condition == ParseTreeCondition.INTACT;
    }

    private Declaration declaration(CharterParser.DeclarationContext c) {
        if (c.enumDecl() != null) {
            return schema.enumeration(c.enumDecl());
        }
        if (c.contextDecl() != null) {
            return schema.context(c.contextDecl());
        }
        if (c.actionDecl() != null) {
            return schema.action(c.actionDecl());
        }
        if (c.relationDecl() != null) {
            return schema.relation(c.relationDecl());
        }
        if (c.routesDecl() != null) {
            return schema.routes(c.routesDecl());
        }
        if (c.datalogClause() != null) {
            return datalog.clause(c.datalogClause());
        }
        if (c.decisionRule() != null) {
            return rules.rule(c.decisionRule());
        }
        if (c.defaultDecl() != null) {
            return rules.defaultDecision(c.defaultDecl());
        }
        if (c.conflictDecl() != null) {
            return rules.conflictPolicy(c.conflictDecl());
        }
        return rules.assertion(c.assertion());
    }
}
