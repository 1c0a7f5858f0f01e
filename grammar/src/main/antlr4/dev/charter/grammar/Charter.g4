/*
 * The Charter constitution language.
 *
 * This grammar has no actions and no semantic predicates: it says only what is
 * well-formed. Names, types, Datalog safety and stratification are checked by
 * the compiler, which also turns every syntax error into a diagnostic phrased
 * in the language's own concepts (see docs/language.md).
 */
grammar Charter;

// ---------------------------------------------------------------- structure

constitution
    : header? declaration* EOF
    ;

header
    : CONSTITUTION name=STRING VERSION version=INT LBRACE headerField* RBRACE
    ;

headerField
    : key=identifier value=literal
    ;

declaration
    : enumDecl
    | contextDecl
    | actionDecl
    | relationDecl
    | routesDecl
    | datalogClause
    | decisionRule
    | defaultDecl
    | conflictDecl
    | assertion
    ;

enumDecl
    : ENUM name=typeIdentifier LBRACE identifier (COMMA identifier)* COMMA? RBRACE
    ;

contextDecl
    : CONTEXT LBRACE fieldList? RBRACE
    ;

actionDecl
    : ACTION name=declaredAction LBRACE parameterList? RBRACE
    ;

// A tool's arguments: `name?: type` is optional; a trailing `...` accepts (and ignores) any
// other argument, for a tool whose schema allows extra properties.
parameterList
    : parameter (COMMA? parameter)* (COMMA? open=ELLIPSIS)? COMMA?
    | open=ELLIPSIS COMMA?
    ;

parameter
    : name=identifier optional=QUESTION? COLON (list=listType | type=typeName | object=objectType)
    ;

// A tool argument that is a JSON array: `list<string>` (at most 64 elements) or `list<int, 10>`;
// its elements are values of a type, or flat objects.
listType
    : LIST LT (element=typeName | object=objectType) (COMMA bound=INT)? GT
    ;

// An argument that is a JSON object: its fields, optional ones and a trailing `...` as above.
objectType
    : LBRACE parameterList? RBRACE
    ;

// A tool's own name in quotes (`"write:refund"`, `"github/create-issue"`) or a bare dotted name.
declaredAction
    : actionName
    | STRING
    ;

relationDecl
    : INPUT? RELATION name=identifier LPAREN field (COMMA field)* RPAREN
    ;

routesDecl
    : ROUTES LBRACE STRING (COMMA? STRING)* COMMA? RBRACE
    ;

fieldList
    : field (COMMA? field)* COMMA?
    ;

field
    : name=identifier COLON type=typeName
    ;

typeName
    : typeIdentifier
    | ACTION
    ;

typeIdentifier
    : UPPER_NAME
    | identifier
    ;

// ---------------------------------------------------------------- Datalog

datalogClause
    : head=datalogAtom (IMPLIED_BY bodyLiteral (COMMA bodyLiteral)*)? DOT
    ;

datalogAtom
    : relation=identifier LPAREN term (COMMA term)* RPAREN
    ;

bodyLiteral
    : datalogAtom                                   # positiveLiteral
    | NOT datalogAtom                               # negatedLiteral
    | left=term op=comparisonOperator right=term    # comparisonLiteral
    ;

term
    : UPPER_NAME                                    # variableTerm
    | UNDERSCORE                                    # wildcardTerm
    | qualifiedName                                 # nameTerm
    | literal                                       # literalTerm
    | MINUS number                                  # negativeTerm
    ;

// ---------------------------------------------------------------- decisions

decisionRule
    : RULE name=identifier COLON
      effect actionPattern (TO route=STRING)?
      (WHEN when=expression)?
      (UNLESS unless=expression)?
      (PRIORITY priority=priorityValue)?
      (BECAUSE reason=STRING)?
      SEMI
    ;

effect
    : PERMIT
    | DENY
    | ESCALATE
    ;

actionPattern
    : actionGlob                                    # singleActionPattern
    | LBRACE actionGlob (COMMA actionGlob)* COMMA? RBRACE  # actionListPattern
    ;

actionGlob
    : STAR                                          # anyAction
    | actionName (DOT STAR | STAR)?                 # namedAction
    | STRING                                        # quotedAction
    ;

// An action's first segment may not be one of the words that continue a rule, so that
// `permit when ...` reports the missing action instead of permitting an action named `when`.
actionName
    : actionIdentifier (DOT identifier)*
    ;

actionIdentifier
    : IDENTIFIER
    | ON | CONFLICT | VERSION | ROUTES | INPUT | RELATION
    | STARTS_WITH | ENDS_WITH | CONTAINS | MATCHES
    | LIST | ANY | ALL | COUNT
    | SUM | EXISTS | PERMITTED | SAME | WITHIN | OF
    ;

// Any literal is accepted here so that the checker can say "priority must be an integer".
priorityValue
    : MINUS number
    | literal
    ;

defaultDecl
    : DEFAULT effect (TO route=STRING)? SEMI
    ;

conflictDecl
    : ON CONFLICT effect (TO route=STRING)? SEMI
    ;

assertion
    : ASSERT name=identifier COLON expression SEMI
    ;

// ---------------------------------------------------------------- expressions

// ANTLR gives the first alternative the highest precedence: `not` binds tightest,
// then `and`, `or`, and `=>` (right-associative) loosest.
expression
    : NOT operand=expression                                        # notExpression
    | left=expression AND right=expression                          # andExpression
    | left=expression OR right=expression                           # orExpression
    | <assoc=right> left=expression IMPLIES right=expression        # impliesExpression
    | predicate                                                     # predicateExpression
    ;

// One alternative with an optional tail, so that the parser decides with one token of
// lookahead and reports an error exactly where it is, with an accurate list of what was expected.
predicate
    : operand=sum tail=predicateTail?
    ;

predicateTail
    : op=comparisonOperator right=sum                                               # comparisonTail
    | NOT? IN LBRACE literalOrName (COMMA literalOrName)* COMMA? RBRACE             # inTail
    | MATCHES pattern=REGEX                                                         # matchesTail
    | op=stringOperator right=sum                                                   # stringTail
    ;

comparisonOperator
    : EQ | NE | LT | LE | GT | GE
    ;

stringOperator
    : STARTS_WITH | ENDS_WITH | CONTAINS
    ;

sum
    : MINUS operand=sum                                             # negatedSum
    | left=sum STAR right=sum                                       # multiplicativeSum
    | left=sum op=(PLUS | MINUS) right=sum                          # additiveSum
    | primary                                                       # primarySum
    ;

primary
    : LPAREN expression RPAREN                                      # parenthesized
    | quantifier=(ANY | ALL | COUNT) LPAREN variable=identifier IN list=sum COLON body=expression RPAREN  # quantified
    | aggregate=(COUNT | SUM | EXISTS) LPAREN historySelection RPAREN  # history
    | callee=identifier LPAREN argument (COMMA argument)* RPAREN    # call
    | scope=(REQUEST | CONTEXT | TIME) DOT attribute=identifier (DOT fields+=identifier)*  # attribute
    | ACTION                                                        # currentAction
    | effect                                                        # effectPrimary
    | NULL                                                          # nullPrimary
    | literal                                                       # literalPrimary
    | UPPER_NAME                                                    # variablePrimary
    | qualifiedName                                                 # namePrimary
    ;

// The earlier decisions a history term reads: `request.amount of permitted refund, same agent,
// within 1 hour`. The sum's parameter, the effect and the action pattern, then equalities with the
// current request and at most one window, in any order.
historySelection
    : (summand=historyParameter OF)? filter=(PERMITTED | ANY) actions=actionGlob (COMMA historyClause)*
    ;

historyClause
    : SAME (compared=historyParameter | subject=identifier)         # sameClause
    | WITHIN amount=INT unit=identifier                             # withinClause
    ;

historyParameter
    : REQUEST DOT attribute=identifier (DOT fields+=identifier)*
    ;

argument
    : UNDERSCORE                                                    # wildcardArgument
    | expression                                                    # expressionArgument
    ;

literalOrName
    : MINUS number
    | literal
    | qualifiedName
    ;

// ---------------------------------------------------------------- names and literals

qualifiedName
    : identifier (DOT identifier)*
    ;

// Keywords that only have meaning in one place may still name fields,
// relations and enum values, e.g. `relation delegates(from: string, to: string)`.
identifier
    : IDENTIFIER
    | TO | ON | CONFLICT | VERSION | ROUTES | PRIORITY | BECAUSE
    | INPUT | RELATION | UNLESS | WHEN
    | STARTS_WITH | ENDS_WITH | CONTAINS | MATCHES
    | LIST | ANY | ALL | COUNT
    | SUM | EXISTS | PERMITTED | SAME | WITHIN | OF
    ;

literal
    : STRING                                                        # stringLiteral
    | number                                                        # numberLiteral
    | DATE                                                          # dateLiteral
    | CLOCK                                                         # clockLiteral
    | (TRUE | FALSE)                                                # booleanLiteral
    ;

number
    : INT
    | DECIMAL
    ;

// ---------------------------------------------------------------- lexer

BLOCK_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'+ '/' -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
WS            : [ \t\r\n\f]+ -> channel(HIDDEN);

CONSTITUTION : 'constitution';
VERSION      : 'version';
ENUM         : 'enum';
CONTEXT      : 'context';
ACTION       : 'action';
INPUT        : 'input';
RELATION     : 'relation';
ROUTES       : 'routes';
RULE         : 'rule';
PERMIT       : 'permit';
DENY         : 'deny';
ESCALATE     : 'escalate';
TO           : 'to';
WHEN         : 'when';
UNLESS       : 'unless';
PRIORITY     : 'priority';
BECAUSE      : 'because';
DEFAULT      : 'default';
ON           : 'on';
CONFLICT     : 'conflict';
ASSERT       : 'assert';
AND          : 'and';
OR           : 'or';
NOT          : 'not';
IN           : 'in';
MATCHES      : 'matches';
STARTS_WITH  : 'starts_with';
ENDS_WITH    : 'ends_with';
CONTAINS     : 'contains';
REQUEST      : 'request';
TIME         : 'time';
TRUE         : 'true';
FALSE        : 'false';
NULL         : 'null';
LIST         : 'list';
ANY          : 'any';
ALL          : 'all';
COUNT        : 'count';
SUM          : 'sum';
EXISTS       : 'exists';
PERMITTED    : 'permitted';
SAME         : 'same';
WITHIN       : 'within';
OF           : 'of';

IMPLIED_BY : ':-';
ELLIPSIS   : '...';
QUESTION   : '?';
IMPLIES    : '=>';
EQ         : '==';
NE         : '!=';
LE         : '<=';
GE         : '>=';
LT         : '<';
GT         : '>';
PLUS       : '+';
MINUS      : '-';
STAR       : '*';
LBRACE     : '{';
RBRACE     : '}';
LPAREN     : '(';
RPAREN     : ')';
COMMA      : ',';
COLON      : ':';
SEMI       : ';';
DOT        : '.';

DATE       : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
// A time of day, hours and minutes on a 24-hour clock: `09:30`. No other token puts a colon
// right after digits, so it cannot be read as anything else.
CLOCK      : DIGIT DIGIT ':' DIGIT DIGIT;
DECIMAL    : DIGIT+ '.' DIGIT+;
INT        : DIGIT+;
STRING     : '"' (~["\\\r\n] | '\\' ["\\/bfnrt] | '\\u' HEX HEX HEX HEX)* '"';
REGEX      : '/' (~[/*\\\r\n] | '\\' ~[\r\n]) (~[/\\\r\n] | '\\' ~[\r\n])* '/';

// Malformed text the compiler reports precisely instead of as a cascade of stray characters:
// a string with a bad escape or no closing quote, a regular expression with no closing slash,
// a block comment with no closing `*/`. Each is longer than any token it competes with only
// when the well-formed token does not match.
BAD_STRING           : '"' (~["\\\r\n] | '\\' ~[\r\n])* ('"' | '\\')?;
BAD_REGEX            : '/' ((~[/*\\\r\n] | '\\' ~[\r\n]) (~[/\\\r\n] | '\\' ~[\r\n])*)?;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;

UNDERSCORE : '_';
UPPER_NAME : [A-Z] [A-Za-z0-9_]*;
IDENTIFIER : [a-z_] [A-Za-z0-9_]*;

// Anything else is one bad character; the compiler reports it as such.
UNKNOWN_CHARACTER : .;

fragment DIGIT : [0-9];
fragment HEX   : [0-9a-fA-F];
