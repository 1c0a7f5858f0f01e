package dev.charter.compiler.ast;

import dev.charter.runtime.ir.Effect;
import dev.charter.runtime.ir.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A top-level declaration of a constitution file. Dispatch with {@link DeclarationVisitor}, which
 * is exhaustive by construction.
 */
public sealed interface Declaration extends Node
        permits Declaration.EnumDecl,
                Declaration.ContextDecl,
                Declaration.ActionDecl,
                Declaration.RelationDecl,
                Declaration.RoutesDecl,
                Declaration.ClauseDecl,
                Declaration.RuleDecl,
                Declaration.DefaultDecl,
                Declaration.ConflictDecl,
                Declaration.AssertDecl {

    <R> R accept(DeclarationVisitor<R> visitor);

    /** {@code enum Role { teller, senior_ops }}. */
    record EnumDecl(SourceSpan span, Name name, List<Name> values) implements Declaration {
        public EnumDecl {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitEnum(this);
        }
    }

    /** {@code context { identity_verified: bool }}: the attributes every request carries. */
    record ContextDecl(SourceSpan span, List<FieldDecl> fields) implements Declaration {
        public ContextDecl {
            fields = List.copyOf(fields);
        }

        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitContext(this);
        }
    }

    /**
     * {@code action crm.delete_contact { id: string }}: an action agents may ask for, and its
     * parameters; {@code open} when the list ends with {@code ...} (other arguments are accepted
     * and ignored).
     */
    record ActionDecl(SourceSpan span, Name name, List<FieldDecl> parameters, boolean open) implements Declaration {
        public ActionDecl {
            parameters = List.copyOf(parameters);
        }

        /** An action whose parameters are all it accepts. */
        public ActionDecl(SourceSpan span, Name name, List<FieldDecl> parameters) {
            this(span, name, parameters, false);
        }

        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitAction(this);
        }
    }

    /**
     * {@code [input] relation role(agent: string, role: Role)}.
     *
     * @param input whether the host supplies the facts at run time (a fact snapshot)
     */
    record RelationDecl(SourceSpan span, boolean input, Name name, List<FieldDecl> columns) implements Declaration {
        public RelationDecl {
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitRelation(this);
        }
    }

    /** {@code routes { "senior_ops", "legal" }}: the escalation routes a constitution may name. */
    record RoutesDecl(SourceSpan span, List<Literal.StringLiteral> routes) implements Declaration {
        public RoutesDecl {
            routes = List.copyOf(routes);
        }

        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitRoutes(this);
        }
    }

    /**
     * A Datalog fact {@code grants(teller, initiate_payment).} (empty body) or rule
     * {@code may(A, X) :- role(A, R), grants(R, X).}.
     */
    record ClauseDecl(SourceSpan span, DatalogAtom head, List<BodyLiteral> body) implements Declaration {
        public ClauseDecl {
            body = List.copyOf(body);
        }

        /** Whether this clause is a fact (no body). */
        public boolean isFact() {
            return body.isEmpty();
        }

        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitClause(this);
        }
    }

    /**
     * {@code rule NAME: effect PATTERN [to "ROUTE"] [when C] [unless C] [priority P] [because "R"];}.
     *
     * @param priority the priority literal exactly as written (it may be a decimal or a string, which the
     *                 checker rejects with "priority must be an integer"); empty means the default 0
     */
    record RuleDecl(
            SourceSpan span,
            Name name,
            Effect effect,
            ActionPattern actions,
            Optional<Literal.StringLiteral> route,
            Optional<Expression> when,
            Optional<Expression> unless,
            Optional<Literal> priority,
            Optional<Literal.StringLiteral> because)
            implements Declaration {
        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitRule(this);
        }
    }

    /** {@code default deny;} or {@code default escalate to "ROUTE";}: what applies when no rule matches. */
    record DefaultDecl(SourceSpan span, Effect effect, Optional<Literal.StringLiteral> route) implements Declaration {
        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitDefault(this);
        }
    }

    /** {@code on conflict deny;} or {@code on conflict escalate to "ROUTE";}: how rules that disagree resolve. */
    record ConflictDecl(SourceSpan span, Effect effect, Optional<Literal.StringLiteral> route) implements Declaration {
        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitConflict(this);
        }
    }

    /** {@code assert NAME: CONDITION;}: a property over requests and {@code decision} the solver must prove. */
    record AssertDecl(SourceSpan span, Name name, Expression condition) implements Declaration {
        @Override
        public <R> R accept(DeclarationVisitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }
}
