package dev.charter.compiler.parse;

import static dev.charter.grammar.CharterLexer.*;

import dev.charter.grammar.CharterParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the grammar calls things, in the words a constitution's author uses: where the parser
 * wanted "an identifier", this says "an action name" or "a rule name" depending on where it stands.
 */
final class GrammarConcepts {

    private GrammarConcepts() {}

    /** Tokens the grammar accepts as names (soft keywords included). */
    static boolean isName(int type) {
        switch (type) {
            case IDENTIFIER:
            case TO:
            case ON:
            case CONFLICT:
            case VERSION:
            case ROUTES:
            case PRIORITY:
            case BECAUSE:
            case INPUT:
            case RELATION:
            case UNLESS:
            case WHEN:
            case STARTS_WITH:
            case ENDS_WITH:
            case CONTAINS:
            case MATCHES:
            case LIST:
            case ANY:
            case ALL:
            case COUNT:
            case SUM:
            case EXISTS:
            case PERMITTED:
            case SAME:
            case WITHIN:
            case OF:
            case UPPER_NAME:
                return true;
            default:
                return false;
        }
    }

    /** Operators that continue an expression. */
    static boolean isOperator(int type) {
        switch (type) {
            case AND:
            case OR:
            case IMPLIES:
            case EQ:
            case NE:
            case LT:
            case LE:
            case GT:
            case GE:
            case PLUS:
            case MINUS:
            case STAR:
            case IN:
            case MATCHES:
            case STARTS_WITH:
            case ENDS_WITH:
            case CONTAINS:
            case NOT:
                return true;
            default:
                return false;
        }
    }

    /** Tokens an expression may start with. */
    static boolean startsExpression(int type) {
        switch (type) {
            case NOT:
            case MINUS:
            case LPAREN:
            case REQUEST:
            case CONTEXT:
            case TIME:
            case ACTION:
            case PERMIT:
            case DENY:
            case ESCALATE:
            case STRING:
            case INT:
            case DECIMAL:
            case DATE:
            case CLOCK:
            case TRUE:
            case FALSE:
            case NULL:
                return true;
            default:
                return isName(type);
        }
    }

    static boolean isLiteral(int type) {
        return type == STRING
                || type == INT
                || type == DECIMAL
                || type == DATE
                || type == CLOCK
                || type == TRUE
                || type == FALSE;
    }

    /** Whether {@code context} is inside a condition. */
    static boolean inExpression(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            int rule = c.getRuleIndex();
            if (rule == CharterParser.RULE_expression
                    || rule == CharterParser.RULE_predicate
                    || rule == CharterParser.RULE_predicateTail
                    || rule == CharterParser.RULE_sum
                    || rule == CharterParser.RULE_primary
                    || rule == CharterParser.RULE_argument) {
                return true;
            }
            if (isDeclarationRule(rule)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDeclarationRule(int rule) {
        return rule <= CharterParser.RULE_routesDecl
                || rule == CharterParser.RULE_datalogClause
                || rule == CharterParser.RULE_decisionRule
                || rule == CharterParser.RULE_defaultDecl
                || rule == CharterParser.RULE_conflictDecl
                || rule == CharterParser.RULE_assertion;
    }

    /** What a name at this point of the grammar would name. */
    static String nameConcept(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            String concept = nameConceptOf(c);
            if (concept != null) {
                return concept;
            }
        }
        return "a name";
    }

    private static String nameConceptOf(ParserRuleContext c) {
        switch (c.getRuleIndex()) {
            case CharterParser.RULE_actionGlob:
            case CharterParser.RULE_actionPattern:
            case CharterParser.RULE_actionName:
            case CharterParser.RULE_actionIdentifier:
            case CharterParser.RULE_declaredAction:
                return "an action name";
            case CharterParser.RULE_typeName:
                return "a type";
            case CharterParser.RULE_field:
            case CharterParser.RULE_parameter:
                return has(c, COLON) ? "a type" : fieldConcept(c.getParent());
            case CharterParser.RULE_contextDecl:
                return "an attribute name";
            case CharterParser.RULE_actionDecl:
                return ((CharterParser.ActionDeclContext) c).name == null ? "an action name" : "a parameter name";
            case CharterParser.RULE_relationDecl:
                return ((CharterParser.RelationDeclContext) c).name == null ? "a relation name" : "a column name";
            case CharterParser.RULE_enumDecl:
                return ((CharterParser.EnumDeclContext) c).name == null ? "an enum name" : "an enum value";
            case CharterParser.RULE_decisionRule:
                return ((CharterParser.DecisionRuleContext) c).name == null ? "a rule name" : "an action name";
            case CharterParser.RULE_assertion:
                return "an assertion name";
            case CharterParser.RULE_header:
            case CharterParser.RULE_headerField:
                return "a header field such as `reviewed_by`";
            case CharterParser.RULE_datalogAtom:
                return has(c, LPAREN) ? "a term" : "a relation name";
            case CharterParser.RULE_term:
            case CharterParser.RULE_bodyLiteral:
                return "a term";
            case CharterParser.RULE_datalogClause:
                return "an atom";
            case CharterParser.RULE_primary:
                return c instanceof CharterParser.AttributeContext ? "an attribute name" : "an expression";
            case CharterParser.RULE_literalOrName:
                return "a value";
            case CharterParser.RULE_expression:
            case CharterParser.RULE_predicate:
            case CharterParser.RULE_sum:
            case CharterParser.RULE_predicateTail:
            case CharterParser.RULE_argument:
                return "an expression";
            case CharterParser.RULE_constitution:
            case CharterParser.RULE_declaration:
                return "a declaration";
            default:
                return null;
        }
    }

    private static String fieldConcept(ParserRuleContext owner) {
        for (ParserRuleContext c = owner; c != null; c = c.getParent()) {
            if (c.getRuleIndex() == CharterParser.RULE_contextDecl) {
                return "an attribute name";
            }
            if (c.getRuleIndex() == CharterParser.RULE_actionDecl) {
                return "a parameter name";
            }
            if (c.getRuleIndex() == CharterParser.RULE_relationDecl) {
                return "a column name";
            }
        }
        return "a field name";
    }

    /** What a string or number at this point would be. */
    static String literalConcept(int type, ParserRuleContext context) {
        int previous = lastTokenType(context);
        if (type == STRING) {
            if (previous == TO || context.getRuleIndex() == CharterParser.RULE_routesDecl) {
                return "a route in quotes";
            }
            if (previous == BECAUSE) {
                return "a reason in quotes";
            }
            if (previous == CONSTITUTION) {
                return "the constitution's name in quotes";
            }
            // A quoted action name is an action name: `permit "write:refund"`.
            return nameConcept(context).equals("an action name") ? "an action name" : "a string";
        }
        if (type == INT && previous == VERSION) {
            return "a version number";
        }
        if (previous == PRIORITY || context.getRuleIndex() == CharterParser.RULE_priorityValue) {
            return "a priority number";
        }
        if (type == INT || type == DECIMAL) {
            return "a number";
        }
        if (type == DATE) {
            return "a date";
        }
        if (type == CLOCK) {
            return "a time of day";
        }
        return "`true` or `false`";
    }

    /**
     * The declaration rule enclosing {@code context} that ends with `;` or `.` (a decision rule,
     * default, conflict policy, assertion or Datalog clause), or -1.
     */
    static int terminatedDeclaration(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            switch (c.getRuleIndex()) {
                case CharterParser.RULE_decisionRule:
                case CharterParser.RULE_defaultDecl:
                case CharterParser.RULE_conflictDecl:
                case CharterParser.RULE_assertion:
                case CharterParser.RULE_datalogClause:
                    return c.getRuleIndex();
                default:
                    break;
            }
        }
        return -1;
    }

    /** How a person calls the declaration a missing `;` or `.` would end. */
    static String terminatedDeclarationName(int rule) {
        switch (rule) {
            case CharterParser.RULE_decisionRule:
                return "the rule";
            case CharterParser.RULE_defaultDecl:
                return "the default";
            case CharterParser.RULE_conflictDecl:
                return "`on conflict`";
            case CharterParser.RULE_assertion:
                return "the assertion";
            default:
                return "the Datalog clause";
        }
    }

    /** How the offending token is named in "found …". */
    static String describe(Token token) {
        switch (token.getType()) {
            case Token.EOF:
                return "the end of the file";
            case STRING:
                return "a string";
            case REGEX:
                return "a regular expression";
            default:
                String text = token.getText();
                return "`" + (text.length() > 24 ? text.substring(0, 24) + "…" : text) + "`";
        }
    }

    private static boolean has(ParserRuleContext context, int tokenType) {
        return context.getToken(tokenType, 0) != null;
    }

    private static int lastTokenType(ParserRuleContext context) {
        for (int i = context.getChildCount() - 1; i >= 0; i--) {
            ParseTree child = context.getChild(i);
            if (child instanceof TerminalNode) {
                return ((TerminalNode) child).getSymbol().getType();
            }
        }
        return Token.INVALID_TYPE;
    }
}
