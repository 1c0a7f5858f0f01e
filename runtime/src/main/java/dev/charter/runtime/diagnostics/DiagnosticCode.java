package dev.charter.runtime.diagnostics;

/**
 * Every code Charter reports about a constitution, as users see it in text, JSON and SARIF
 * ({@code docs/language.md} §10 and §11): the compiler's diagnostics, stage by stage, then the
 * solver's findings. Each has the severity it is reported at (the solver's warnings become errors
 * under {@code --strict}) and one line saying what it means.
 *
 * <p>A code, once published, never changes its spelling: tools and CI configurations match on it.
 */
public enum DiagnosticCode {
    SYNTAX_ERROR("syntax-error", Severity.ERROR, "the text does not follow the grammar"),
    UNEXPECTED_CHARACTER("unexpected-character", Severity.ERROR, "a character no token starts with"),
    UNTERMINATED_STRING("unterminated-string", Severity.ERROR, "a string is not closed before the end of the line"),
    UNTERMINATED_REGEX(
            "unterminated-regex", Severity.ERROR, "a regular expression is not closed before the end of the line"),
    UNTERMINATED_COMMENT("unterminated-comment", Severity.ERROR, "a block comment is never closed"),
    INVALID_ESCAPE("invalid-escape", Severity.ERROR, "an unknown escape sequence in a string"),
    INVALID_DATE("invalid-date", Severity.ERROR, "a date literal that is not a calendar date"),
    INVALID_TIME_OF_DAY(
            "invalid-time-of-day", Severity.ERROR, "a time-of-day literal that is not a time on a 24-hour clock"),
    DETACHED_WILDCARD("detached-wildcard", Severity.ERROR, "an action wildcard written apart from the name it ends"),
    INVALID_ACTION_NAME(
            "invalid-action-name",
            Severity.ERROR,
            "an action name that is empty, too long, or holds a character no action name may hold"),
    INPUT_TOO_LARGE("input-too-large", Severity.ERROR, "the file is larger than a constitution may be"),
    BINARY_INPUT("binary-input", Severity.ERROR, "the file is not text"),
    NESTING_TOO_DEEP("nesting-too-deep", Severity.ERROR, "expressions nest deeper than the parser allows"),
    TOO_MANY_ERRORS("too-many-errors", Severity.ERROR, "the parser stopped after too many syntax errors"),

    MISSING_HEADER("missing-header", Severity.ERROR, "the constitution has no header"),
    DUPLICATE_HEADER("duplicate-header", Severity.ERROR, "a second header"),
    UNKNOWN_HEADER_FIELD("unknown-header-field", Severity.ERROR, "a header field Charter does not know"),
    DUPLICATE_HEADER_FIELD("duplicate-header-field", Severity.ERROR, "a header field given twice"),
    HEADER_FIELD_TYPE("header-field-type", Severity.ERROR, "a header field's value has the wrong type"),
    INVALID_TIMEZONE("invalid-timezone", Severity.ERROR, "the timezone is not a time zone"),
    INVALID_VERSION("invalid-version", Severity.ERROR, "the version number is too large"),

    DUPLICATE_ENUM("duplicate-enum", Severity.ERROR, "an enum declared twice, or named like a built-in type"),
    DUPLICATE_ENUM_VALUE("duplicate-enum-value", Severity.ERROR, "a value declared twice in one enum"),
    DUPLICATE_ACTION("duplicate-action", Severity.ERROR, "an action declared twice"),
    DUPLICATE_PARAMETER("duplicate-parameter", Severity.ERROR, "a parameter declared twice in one action"),
    DUPLICATE_ATTRIBUTE("duplicate-attribute", Severity.ERROR, "a context attribute declared twice"),
    DUPLICATE_RELATION("duplicate-relation", Severity.ERROR, "a relation declared twice"),
    DUPLICATE_COLUMN("duplicate-column", Severity.ERROR, "a column declared twice in one relation"),
    DUPLICATE_RULE("duplicate-rule", Severity.ERROR, "a rule name used twice"),
    DUPLICATE_ASSERTION("duplicate-assertion", Severity.ERROR, "an assertion name used twice"),
    DUPLICATE_ROUTE("duplicate-route", Severity.ERROR, "a route declared twice"),
    DUPLICATE_DEFAULT("duplicate-default", Severity.ERROR, "more than one default decision"),
    DUPLICATE_CONFLICT_POLICY("duplicate-conflict-policy", Severity.ERROR, "more than one conflict policy"),
    UNDEFINED_TYPE("undefined-type", Severity.ERROR, "a type that is neither built in nor declared"),

    UNDEFINED_ACTION("undefined-action", Severity.ERROR, "an action that is not declared"),
    EMPTY_ACTION_PATTERN("empty-action-pattern", Severity.ERROR, "an action wildcard that matches no declared action"),
    MISSING_ROUTE("missing-route", Severity.ERROR, "an escalation that names no route"),
    UNEXPECTED_ROUTE("unexpected-route", Severity.ERROR, "a route on a decision that does not escalate"),
    UNDEFINED_ROUTE("undefined-route", Severity.ERROR, "a route that is empty or not declared in routes"),
    DEFAULT_PERMIT("default-permit", Severity.ERROR, "a default that would permit every undecided request"),
    CONFLICT_PERMIT("conflict-permit", Severity.ERROR, "a conflict policy that would let a conflict permit"),
    UNDEFINED_RELATION("undefined-relation", Severity.ERROR, "a relation that is not declared"),
    INPUT_RELATION_DEFINED(
            "input-relation-defined", Severity.ERROR, "facts or clauses for a relation the host supplies"),
    UNDECLARED_RELATION("undeclared-relation", Severity.ERROR, "facts for a relation that is not declared"),
    UNDEFINED_ATTRIBUTE(
            "undefined-attribute", Severity.ERROR, "a request, context or time attribute that does not exist"),

    TYPE_MISMATCH("type-mismatch", Severity.ERROR, "a value of the wrong type"),
    UNORDERED_COMPARISON("unordered-comparison", Severity.ERROR, "an ordering of values that are not numbers or dates"),
    NOT_A_CONDITION("not-a-condition", Severity.ERROR, "a condition that is not a bool"),
    OBJECT_AS_VALUE("object-as-value", Severity.ERROR, "an object parameter read as a value rather than by its fields"),
    LIST_AS_VALUE(
            "list-as-value",
            Severity.ERROR,
            "a list parameter used as a value rather than through a quantifier, `len` or `contains`"),
    NOT_A_LIST("not-a-list", Severity.ERROR, "a quantifier over something that is not a list parameter"),
    INVALID_LIST_TYPE(
            "invalid-list-type", Severity.ERROR, "a list type with a bound or element type lists cannot have"),
    QUANTIFIER_VARIABLE_OUT_OF_SCOPE(
            "quantifier-variable-out-of-scope",
            Severity.ERROR,
            "a quantifier's variable used outside the quantifier's body"),
    SHADOWED_QUANTIFIER_VARIABLE(
            "shadowed-quantifier-variable",
            Severity.ERROR,
            "a quantifier's variable named like an enclosing quantifier's variable or a name already in use"),
    NONLINEAR_ARITHMETIC("nonlinear-arithmetic", Severity.ERROR, "a product of two values that both vary"),
    MISPLACED_NULL(
            "misplaced-null",
            Severity.ERROR,
            "`null` used other than in `request.x == null` or `!= null` of an optional parameter"),
    UNGUARDED_OPTIONAL(
            "unguarded-optional",
            Severity.ERROR,
            "an optional parameter read where the condition does not know it is present"),
    INVALID_PATTERN("invalid-pattern", Severity.ERROR, "a regular expression Charter does not support"),
    UNDEFINED_ENUM_VALUE("undefined-enum-value", Severity.ERROR, "a name that is not a value of the enum expected"),
    UNDEFINED_NAME(
            "undefined-name", Severity.ERROR, "a bare name that is not an action, an enum value or a built-in name"),
    DECISION_OUTSIDE_ASSERTION(
            "decision-outside-assertion", Severity.ERROR, "decision or route used outside an assertion"),
    ATTRIBUTE_NOT_IN_EVERY_ACTION(
            "attribute-not-in-every-action",
            Severity.ERROR,
            "a request attribute missing from some action the rule matches"),
    AMBIGUOUS_ATTRIBUTE_TYPE(
            "ambiguous-attribute-type",
            Severity.ERROR,
            "a request attribute with different types in the actions the rule matches"),
    INT_OUT_OF_RANGE("int-out-of-range", Severity.ERROR, "an integer that does not fit in 64 bits"),
    INVALID_PRIORITY("invalid-priority", Severity.ERROR, "a priority that is not a 64-bit integer"),
    ARITY_MISMATCH("arity-mismatch", Severity.ERROR, "a relation or function given the wrong number of arguments"),
    CONFLICTING_COLUMN_TYPE("conflicting-column-type", Severity.ERROR, "clauses that give one column different types"),
    UNINFERABLE_COLUMN("uninferable-column", Severity.ERROR, "a column whose type nothing determines"),
    VARIABLE_TYPE_MISMATCH("variable-type-mismatch", Severity.ERROR, "a Datalog variable used at two types"),
    MISPLACED_WILDCARD("misplaced-wildcard", Severity.ERROR, "`_` where a value is needed"),
    UNBOUND_VARIABLE(
            "unbound-variable",
            Severity.ERROR,
            "a condition's variable that no relation atom of its conjunction binds"),
    INVALID_HISTORY_TERM(
            "invalid-history-term",
            Severity.ERROR,
            "a history term that does not say what it reads: a sum without its parameter, a count or"
                    + " exists with one, `same` of something no request has, or an equality twice"),
    HISTORY_PARAMETER(
            "history-parameter",
            Severity.ERROR,
            "a parameter a history term sums or compares that its matched actions, or the rule's,"
                    + " do not all declare with one type (a number for a sum)"),
    INVALID_HISTORY_WINDOW(
            "invalid-history-window",
            Severity.ERROR,
            "a history window outside 1 minute to 366 days, in another unit, or given twice"),
    HISTORY_IN_CLAUSE(
            "history-in-clause",
            Severity.ERROR,
            "a history term (`count`, `sum`, `exists` of earlier decisions) in a Datalog clause, which"
                    + " derives facts and reads no history"),

    UNSAFE_VARIABLE("unsafe-variable", Severity.ERROR, "a Datalog variable not bound by a positive body atom"),
    NEGATION_CYCLE("negation-cycle", Severity.ERROR, "relations that depend on themselves through negation"),
    INTERNAL_ERROR("internal-error", Severity.ERROR, "the compiler built a program the IR rejects: a bug in Charter"),

    OVERRIDE("override", Severity.INFO, "a higher-priority rule overrides a lower one with a different effect"),
    CONFLICT("conflict", Severity.ERROR, "rules of one priority give different effects on some request"),
    UNREACHABLE_RULE("unreachable-rule", Severity.WARNING, "a rule that never decides"),
    COVERAGE_HOLE("coverage-hole", Severity.WARNING, "a value between two decided requests falls to the default"),
    OVERRIDDEN_DENY(
            "overridden-deny", Severity.WARNING, "a deny rule a higher-priority permit overrides on some request"),
    ASSERTION_PROVED("assertion-proved", Severity.INFO, "the assertion holds for every request"),
    ASSERTION_REFUTED("assertion-refuted", Severity.ERROR, "the assertion fails on the witness request"),
    INCONCLUSIVE("inconclusive", Severity.ERROR, "the solver could not decide a property: never a pass");

    private final String code;
    private final Severity severity;
    private final String description;

    DiagnosticCode(String code, Severity severity, String description) {
        this.code = code;
        this.severity = severity;
        this.description = description;
    }

    /** The code as users see it, e.g. {@code undefined-attribute}. */
    public String code() {
        return code;
    }

    /** The severity the code is reported at by default. */
    public Severity severity() {
        return severity;
    }

    /** What the code means, in one line. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return code;
    }
}
