// Generated from dev/charter/grammar/Charter.g4 by ANTLR 4.13.2
package dev.charter.grammar;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;

/**
 * This interface defines a complete generic visitor for a parse tree produced
 * by {@link CharterParser}.
 *
 * @param <T> The return type of the visit operation. Use {@link Void} for
 * operations with no return type.
 */
public interface CharterVisitor<T> extends ParseTreeVisitor<T> {
	/**
	 * Visit a parse tree produced by {@link CharterParser#constitution}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitConstitution(CharterParser.ConstitutionContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#header}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitHeader(CharterParser.HeaderContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#headerField}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitHeaderField(CharterParser.HeaderFieldContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#declaration}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDeclaration(CharterParser.DeclarationContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#enumDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEnumDecl(CharterParser.EnumDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#contextDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitContextDecl(CharterParser.ContextDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#actionDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitActionDecl(CharterParser.ActionDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#relationDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRelationDecl(CharterParser.RelationDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#routesDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRoutesDecl(CharterParser.RoutesDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#fieldList}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFieldList(CharterParser.FieldListContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#field}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitField(CharterParser.FieldContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#typeName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTypeName(CharterParser.TypeNameContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#typeIdentifier}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTypeIdentifier(CharterParser.TypeIdentifierContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#datalogClause}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDatalogClause(CharterParser.DatalogClauseContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#datalogAtom}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDatalogAtom(CharterParser.DatalogAtomContext ctx);
	/**
	 * Visit a parse tree produced by the {@code positiveLiteral}
	 * labeled alternative in {@link CharterParser#bodyLiteral}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPositiveLiteral(CharterParser.PositiveLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code negatedLiteral}
	 * labeled alternative in {@link CharterParser#bodyLiteral}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNegatedLiteral(CharterParser.NegatedLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code comparisonLiteral}
	 * labeled alternative in {@link CharterParser#bodyLiteral}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitComparisonLiteral(CharterParser.ComparisonLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code variableTerm}
	 * labeled alternative in {@link CharterParser#term}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitVariableTerm(CharterParser.VariableTermContext ctx);
	/**
	 * Visit a parse tree produced by the {@code wildcardTerm}
	 * labeled alternative in {@link CharterParser#term}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitWildcardTerm(CharterParser.WildcardTermContext ctx);
	/**
	 * Visit a parse tree produced by the {@code nameTerm}
	 * labeled alternative in {@link CharterParser#term}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNameTerm(CharterParser.NameTermContext ctx);
	/**
	 * Visit a parse tree produced by the {@code literalTerm}
	 * labeled alternative in {@link CharterParser#term}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLiteralTerm(CharterParser.LiteralTermContext ctx);
	/**
	 * Visit a parse tree produced by the {@code negativeTerm}
	 * labeled alternative in {@link CharterParser#term}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNegativeTerm(CharterParser.NegativeTermContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#decisionRule}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDecisionRule(CharterParser.DecisionRuleContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#effect}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEffect(CharterParser.EffectContext ctx);
	/**
	 * Visit a parse tree produced by the {@code singleActionPattern}
	 * labeled alternative in {@link CharterParser#actionPattern}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitSingleActionPattern(CharterParser.SingleActionPatternContext ctx);
	/**
	 * Visit a parse tree produced by the {@code actionListPattern}
	 * labeled alternative in {@link CharterParser#actionPattern}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitActionListPattern(CharterParser.ActionListPatternContext ctx);
	/**
	 * Visit a parse tree produced by the {@code anyAction}
	 * labeled alternative in {@link CharterParser#actionGlob}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAnyAction(CharterParser.AnyActionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code namedAction}
	 * labeled alternative in {@link CharterParser#actionGlob}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNamedAction(CharterParser.NamedActionContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#priorityValue}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPriorityValue(CharterParser.PriorityValueContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#defaultDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDefaultDecl(CharterParser.DefaultDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#conflictDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitConflictDecl(CharterParser.ConflictDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#assertion}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAssertion(CharterParser.AssertionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code orExpression}
	 * labeled alternative in {@link CharterParser#expression}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitOrExpression(CharterParser.OrExpressionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code andExpression}
	 * labeled alternative in {@link CharterParser#expression}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAndExpression(CharterParser.AndExpressionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code notExpression}
	 * labeled alternative in {@link CharterParser#expression}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNotExpression(CharterParser.NotExpressionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code impliesExpression}
	 * labeled alternative in {@link CharterParser#expression}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitImpliesExpression(CharterParser.ImpliesExpressionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code predicateExpression}
	 * labeled alternative in {@link CharterParser#expression}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPredicateExpression(CharterParser.PredicateExpressionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code comparisonPredicate}
	 * labeled alternative in {@link CharterParser#predicate}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitComparisonPredicate(CharterParser.ComparisonPredicateContext ctx);
	/**
	 * Visit a parse tree produced by the {@code inPredicate}
	 * labeled alternative in {@link CharterParser#predicate}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitInPredicate(CharterParser.InPredicateContext ctx);
	/**
	 * Visit a parse tree produced by the {@code matchesPredicate}
	 * labeled alternative in {@link CharterParser#predicate}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitMatchesPredicate(CharterParser.MatchesPredicateContext ctx);
	/**
	 * Visit a parse tree produced by the {@code stringPredicate}
	 * labeled alternative in {@link CharterParser#predicate}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStringPredicate(CharterParser.StringPredicateContext ctx);
	/**
	 * Visit a parse tree produced by the {@code valuePredicate}
	 * labeled alternative in {@link CharterParser#predicate}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitValuePredicate(CharterParser.ValuePredicateContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#comparisonOperator}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitComparisonOperator(CharterParser.ComparisonOperatorContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#stringOperator}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStringOperator(CharterParser.StringOperatorContext ctx);
	/**
	 * Visit a parse tree produced by the {@code multiplicativeSum}
	 * labeled alternative in {@link CharterParser#sum}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitMultiplicativeSum(CharterParser.MultiplicativeSumContext ctx);
	/**
	 * Visit a parse tree produced by the {@code additiveSum}
	 * labeled alternative in {@link CharterParser#sum}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAdditiveSum(CharterParser.AdditiveSumContext ctx);
	/**
	 * Visit a parse tree produced by the {@code primarySum}
	 * labeled alternative in {@link CharterParser#sum}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPrimarySum(CharterParser.PrimarySumContext ctx);
	/**
	 * Visit a parse tree produced by the {@code negatedSum}
	 * labeled alternative in {@link CharterParser#sum}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNegatedSum(CharterParser.NegatedSumContext ctx);
	/**
	 * Visit a parse tree produced by the {@code parenthesized}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitParenthesized(CharterParser.ParenthesizedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code call}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCall(CharterParser.CallContext ctx);
	/**
	 * Visit a parse tree produced by the {@code attribute}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAttribute(CharterParser.AttributeContext ctx);
	/**
	 * Visit a parse tree produced by the {@code currentAction}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCurrentAction(CharterParser.CurrentActionContext ctx);
	/**
	 * Visit a parse tree produced by the {@code effectPrimary}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEffectPrimary(CharterParser.EffectPrimaryContext ctx);
	/**
	 * Visit a parse tree produced by the {@code literalPrimary}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLiteralPrimary(CharterParser.LiteralPrimaryContext ctx);
	/**
	 * Visit a parse tree produced by the {@code namePrimary}
	 * labeled alternative in {@link CharterParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNamePrimary(CharterParser.NamePrimaryContext ctx);
	/**
	 * Visit a parse tree produced by the {@code wildcardArgument}
	 * labeled alternative in {@link CharterParser#argument}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitWildcardArgument(CharterParser.WildcardArgumentContext ctx);
	/**
	 * Visit a parse tree produced by the {@code expressionArgument}
	 * labeled alternative in {@link CharterParser#argument}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitExpressionArgument(CharterParser.ExpressionArgumentContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#literalOrName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitLiteralOrName(CharterParser.LiteralOrNameContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#qualifiedName}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitQualifiedName(CharterParser.QualifiedNameContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#identifier}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIdentifier(CharterParser.IdentifierContext ctx);
	/**
	 * Visit a parse tree produced by the {@code stringLiteral}
	 * labeled alternative in {@link CharterParser#literal}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStringLiteral(CharterParser.StringLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code numberLiteral}
	 * labeled alternative in {@link CharterParser#literal}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNumberLiteral(CharterParser.NumberLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code dateLiteral}
	 * labeled alternative in {@link CharterParser#literal}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDateLiteral(CharterParser.DateLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code booleanLiteral}
	 * labeled alternative in {@link CharterParser#literal}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBooleanLiteral(CharterParser.BooleanLiteralContext ctx);
	/**
	 * Visit a parse tree produced by {@link CharterParser#number}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNumber(CharterParser.NumberContext ctx);
}