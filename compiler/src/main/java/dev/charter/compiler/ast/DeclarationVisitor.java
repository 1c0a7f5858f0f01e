package dev.charter.compiler.ast;

/** Exhaustive dispatch over {@link Declaration}s: adding a declaration kind breaks every visitor until it handles it. */
public interface DeclarationVisitor<R> {

    R visitEnum(Declaration.EnumDecl declaration);

    R visitContext(Declaration.ContextDecl declaration);

    R visitAction(Declaration.ActionDecl declaration);

    R visitRelation(Declaration.RelationDecl declaration);

    R visitRoutes(Declaration.RoutesDecl declaration);

    R visitClause(Declaration.ClauseDecl declaration);

    R visitRule(Declaration.RuleDecl declaration);

    R visitDefault(Declaration.DefaultDecl declaration);

    R visitConflict(Declaration.ConflictDecl declaration);

    R visitAssert(Declaration.AssertDecl declaration);
}
