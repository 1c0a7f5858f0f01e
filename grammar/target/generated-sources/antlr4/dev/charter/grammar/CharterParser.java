// Generated from dev/charter/grammar/Charter.g4 by ANTLR 4.13.2
package dev.charter.grammar;
import org.antlr.v4.runtime.atn.*;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.misc.*;
import org.antlr.v4.runtime.tree.*;
import java.util.List;
import java.util.Iterator;
import java.util.ArrayList;

@SuppressWarnings({"all", "warnings", "unchecked", "unused", "cast", "CheckReturnValue", "this-escape"})
public class CharterParser extends Parser {
	static { RuntimeMetaData.checkVersion("4.13.2", RuntimeMetaData.VERSION); }

	protected static final DFA[] _decisionToDFA;
	protected static final PredictionContextCache _sharedContextCache =
		new PredictionContextCache();
	public static final int
		BLOCK_COMMENT=1, LINE_COMMENT=2, WS=3, CONSTITUTION=4, VERSION=5, ENUM=6, 
		CONTEXT=7, ACTION=8, INPUT=9, RELATION=10, ROUTES=11, RULE=12, PERMIT=13, 
		DENY=14, ESCALATE=15, TO=16, WHEN=17, UNLESS=18, PRIORITY=19, BECAUSE=20, 
		DEFAULT=21, ON=22, CONFLICT=23, ASSERT=24, AND=25, OR=26, NOT=27, IN=28, 
		MATCHES=29, STARTS_WITH=30, ENDS_WITH=31, CONTAINS=32, REQUEST=33, TIME=34, 
		TRUE=35, FALSE=36, IMPLIED_BY=37, IMPLIES=38, EQ=39, NE=40, LE=41, GE=42, 
		LT=43, GT=44, PLUS=45, MINUS=46, STAR=47, LBRACE=48, RBRACE=49, LPAREN=50, 
		RPAREN=51, COMMA=52, COLON=53, SEMI=54, DOT=55, DATE=56, DECIMAL=57, INT=58, 
		STRING=59, REGEX=60, UNDERSCORE=61, UPPER_NAME=62, IDENTIFIER=63, UNKNOWN_CHARACTER=64;
	public static final int
		RULE_constitution = 0, RULE_header = 1, RULE_headerField = 2, RULE_declaration = 3, 
		RULE_enumDecl = 4, RULE_contextDecl = 5, RULE_actionDecl = 6, RULE_relationDecl = 7, 
		RULE_routesDecl = 8, RULE_fieldList = 9, RULE_field = 10, RULE_typeName = 11, 
		RULE_typeIdentifier = 12, RULE_datalogClause = 13, RULE_datalogAtom = 14, 
		RULE_bodyLiteral = 15, RULE_term = 16, RULE_decisionRule = 17, RULE_effect = 18, 
		RULE_actionPattern = 19, RULE_actionGlob = 20, RULE_priorityValue = 21, 
		RULE_defaultDecl = 22, RULE_conflictDecl = 23, RULE_assertion = 24, RULE_expression = 25, 
		RULE_predicate = 26, RULE_comparisonOperator = 27, RULE_stringOperator = 28, 
		RULE_sum = 29, RULE_primary = 30, RULE_argument = 31, RULE_literalOrName = 32, 
		RULE_qualifiedName = 33, RULE_identifier = 34, RULE_literal = 35, RULE_number = 36;
	private static String[] makeRuleNames() {
		return new String[] {
			"constitution", "header", "headerField", "declaration", "enumDecl", "contextDecl", 
			"actionDecl", "relationDecl", "routesDecl", "fieldList", "field", "typeName", 
			"typeIdentifier", "datalogClause", "datalogAtom", "bodyLiteral", "term", 
			"decisionRule", "effect", "actionPattern", "actionGlob", "priorityValue", 
			"defaultDecl", "conflictDecl", "assertion", "expression", "predicate", 
			"comparisonOperator", "stringOperator", "sum", "primary", "argument", 
			"literalOrName", "qualifiedName", "identifier", "literal", "number"
		};
	}
	public static final String[] ruleNames = makeRuleNames();

	private static String[] makeLiteralNames() {
		return new String[] {
			null, null, null, null, "'constitution'", "'version'", "'enum'", "'context'", 
			"'action'", "'input'", "'relation'", "'routes'", "'rule'", "'permit'", 
			"'deny'", "'escalate'", "'to'", "'when'", "'unless'", "'priority'", "'because'", 
			"'default'", "'on'", "'conflict'", "'assert'", "'and'", "'or'", "'not'", 
			"'in'", "'matches'", "'starts_with'", "'ends_with'", "'contains'", "'request'", 
			"'time'", "'true'", "'false'", "':-'", "'=>'", "'=='", "'!='", "'<='", 
			"'>='", "'<'", "'>'", "'+'", "'-'", "'*'", "'{'", "'}'", "'('", "')'", 
			"','", "':'", "';'", "'.'", null, null, null, null, null, "'_'"
		};
	}
	private static final String[] _LITERAL_NAMES = makeLiteralNames();
	private static String[] makeSymbolicNames() {
		return new String[] {
			null, "BLOCK_COMMENT", "LINE_COMMENT", "WS", "CONSTITUTION", "VERSION", 
			"ENUM", "CONTEXT", "ACTION", "INPUT", "RELATION", "ROUTES", "RULE", "PERMIT", 
			"DENY", "ESCALATE", "TO", "WHEN", "UNLESS", "PRIORITY", "BECAUSE", "DEFAULT", 
			"ON", "CONFLICT", "ASSERT", "AND", "OR", "NOT", "IN", "MATCHES", "STARTS_WITH", 
			"ENDS_WITH", "CONTAINS", "REQUEST", "TIME", "TRUE", "FALSE", "IMPLIED_BY", 
			"IMPLIES", "EQ", "NE", "LE", "GE", "LT", "GT", "PLUS", "MINUS", "STAR", 
			"LBRACE", "RBRACE", "LPAREN", "RPAREN", "COMMA", "COLON", "SEMI", "DOT", 
			"DATE", "DECIMAL", "INT", "STRING", "REGEX", "UNDERSCORE", "UPPER_NAME", 
			"IDENTIFIER", "UNKNOWN_CHARACTER"
		};
	}
	private static final String[] _SYMBOLIC_NAMES = makeSymbolicNames();
	public static final Vocabulary VOCABULARY = new VocabularyImpl(_LITERAL_NAMES, _SYMBOLIC_NAMES);

	/**
	 * @deprecated Use {@link #VOCABULARY} instead.
	 */
	@Deprecated
	public static final String[] tokenNames;
	static {
		tokenNames = new String[_SYMBOLIC_NAMES.length];
		for (int i = 0; i < tokenNames.length; i++) {
			tokenNames[i] = VOCABULARY.getLiteralName(i);
			if (tokenNames[i] == null) {
				tokenNames[i] = VOCABULARY.getSymbolicName(i);
			}

			if (tokenNames[i] == null) {
				tokenNames[i] = "<INVALID>";
			}
		}
	}

	@Override
	@Deprecated
	public String[] getTokenNames() {
		return tokenNames;
	}

	@Override

	public Vocabulary getVocabulary() {
		return VOCABULARY;
	}

	@Override
	public String getGrammarFileName() { return "Charter.g4"; }

	@Override
	public String[] getRuleNames() { return ruleNames; }

	@Override
	public String getSerializedATN() { return _serializedATN; }

	@Override
	public ATN getATN() { return _ATN; }

	public CharterParser(TokenStream input) {
		super(input);
		_interp = new ParserATNSimulator(this,_ATN,_decisionToDFA,_sharedContextCache);
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ConstitutionContext extends ParserRuleContext {
		public TerminalNode EOF() { return getToken(CharterParser.EOF, 0); }
		public HeaderContext header() {
			return getRuleContext(HeaderContext.class,0);
		}
		public List<DeclarationContext> declaration() {
			return getRuleContexts(DeclarationContext.class);
		}
		public DeclarationContext declaration(int i) {
			return getRuleContext(DeclarationContext.class,i);
		}
		public ConstitutionContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_constitution; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitConstitution(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ConstitutionContext constitution() throws RecognitionException {
		ConstitutionContext _localctx = new ConstitutionContext(_ctx, getState());
		enterRule(_localctx, 0, RULE_constitution);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(75);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==CONSTITUTION) {
				{
				setState(74);
				header();
				}
			}

			setState(80);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & -9223372028768215072L) != 0)) {
				{
				{
				setState(77);
				declaration();
				}
				}
				setState(82);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(83);
			match(EOF);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class HeaderContext extends ParserRuleContext {
		public Token name;
		public Token version;
		public TerminalNode CONSTITUTION() { return getToken(CharterParser.CONSTITUTION, 0); }
		public TerminalNode VERSION() { return getToken(CharterParser.VERSION, 0); }
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public TerminalNode STRING() { return getToken(CharterParser.STRING, 0); }
		public TerminalNode INT() { return getToken(CharterParser.INT, 0); }
		public List<HeaderFieldContext> headerField() {
			return getRuleContexts(HeaderFieldContext.class);
		}
		public HeaderFieldContext headerField(int i) {
			return getRuleContext(HeaderFieldContext.class,i);
		}
		public HeaderContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_header; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitHeader(this);
			else return visitor.visitChildren(this);
		}
	}

	public final HeaderContext header() throws RecognitionException {
		HeaderContext _localctx = new HeaderContext(_ctx, getState());
		enterRule(_localctx, 2, RULE_header);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(85);
			match(CONSTITUTION);
			setState(86);
			((HeaderContext)_localctx).name = match(STRING);
			setState(87);
			match(VERSION);
			setState(88);
			((HeaderContext)_localctx).version = match(INT);
			setState(89);
			match(LBRACE);
			setState(93);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & -9223372028787093984L) != 0)) {
				{
				{
				setState(90);
				headerField();
				}
				}
				setState(95);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(96);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class HeaderFieldContext extends ParserRuleContext {
		public IdentifierContext key;
		public LiteralContext value;
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public LiteralContext literal() {
			return getRuleContext(LiteralContext.class,0);
		}
		public HeaderFieldContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_headerField; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitHeaderField(this);
			else return visitor.visitChildren(this);
		}
	}

	public final HeaderFieldContext headerField() throws RecognitionException {
		HeaderFieldContext _localctx = new HeaderFieldContext(_ctx, getState());
		enterRule(_localctx, 4, RULE_headerField);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(98);
			((HeaderFieldContext)_localctx).key = identifier();
			setState(99);
			((HeaderFieldContext)_localctx).value = literal();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DeclarationContext extends ParserRuleContext {
		public EnumDeclContext enumDecl() {
			return getRuleContext(EnumDeclContext.class,0);
		}
		public ContextDeclContext contextDecl() {
			return getRuleContext(ContextDeclContext.class,0);
		}
		public ActionDeclContext actionDecl() {
			return getRuleContext(ActionDeclContext.class,0);
		}
		public RelationDeclContext relationDecl() {
			return getRuleContext(RelationDeclContext.class,0);
		}
		public RoutesDeclContext routesDecl() {
			return getRuleContext(RoutesDeclContext.class,0);
		}
		public DatalogClauseContext datalogClause() {
			return getRuleContext(DatalogClauseContext.class,0);
		}
		public DecisionRuleContext decisionRule() {
			return getRuleContext(DecisionRuleContext.class,0);
		}
		public DefaultDeclContext defaultDecl() {
			return getRuleContext(DefaultDeclContext.class,0);
		}
		public ConflictDeclContext conflictDecl() {
			return getRuleContext(ConflictDeclContext.class,0);
		}
		public AssertionContext assertion() {
			return getRuleContext(AssertionContext.class,0);
		}
		public DeclarationContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_declaration; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitDeclaration(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DeclarationContext declaration() throws RecognitionException {
		DeclarationContext _localctx = new DeclarationContext(_ctx, getState());
		enterRule(_localctx, 6, RULE_declaration);
		try {
			setState(111);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,3,_ctx) ) {
			case 1:
				enterOuterAlt(_localctx, 1);
				{
				setState(101);
				enumDecl();
				}
				break;
			case 2:
				enterOuterAlt(_localctx, 2);
				{
				setState(102);
				contextDecl();
				}
				break;
			case 3:
				enterOuterAlt(_localctx, 3);
				{
				setState(103);
				actionDecl();
				}
				break;
			case 4:
				enterOuterAlt(_localctx, 4);
				{
				setState(104);
				relationDecl();
				}
				break;
			case 5:
				enterOuterAlt(_localctx, 5);
				{
				setState(105);
				routesDecl();
				}
				break;
			case 6:
				enterOuterAlt(_localctx, 6);
				{
				setState(106);
				datalogClause();
				}
				break;
			case 7:
				enterOuterAlt(_localctx, 7);
				{
				setState(107);
				decisionRule();
				}
				break;
			case 8:
				enterOuterAlt(_localctx, 8);
				{
				setState(108);
				defaultDecl();
				}
				break;
			case 9:
				enterOuterAlt(_localctx, 9);
				{
				setState(109);
				conflictDecl();
				}
				break;
			case 10:
				enterOuterAlt(_localctx, 10);
				{
				setState(110);
				assertion();
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class EnumDeclContext extends ParserRuleContext {
		public TypeIdentifierContext name;
		public TerminalNode ENUM() { return getToken(CharterParser.ENUM, 0); }
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public List<IdentifierContext> identifier() {
			return getRuleContexts(IdentifierContext.class);
		}
		public IdentifierContext identifier(int i) {
			return getRuleContext(IdentifierContext.class,i);
		}
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public TypeIdentifierContext typeIdentifier() {
			return getRuleContext(TypeIdentifierContext.class,0);
		}
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public EnumDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_enumDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitEnumDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final EnumDeclContext enumDecl() throws RecognitionException {
		EnumDeclContext _localctx = new EnumDeclContext(_ctx, getState());
		enterRule(_localctx, 8, RULE_enumDecl);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(113);
			match(ENUM);
			setState(114);
			((EnumDeclContext)_localctx).name = typeIdentifier();
			setState(115);
			match(LBRACE);
			setState(116);
			identifier();
			setState(121);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,4,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(117);
					match(COMMA);
					setState(118);
					identifier();
					}
					} 
				}
				setState(123);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,4,_ctx);
			}
			setState(125);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==COMMA) {
				{
				setState(124);
				match(COMMA);
				}
			}

			setState(127);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ContextDeclContext extends ParserRuleContext {
		public TerminalNode CONTEXT() { return getToken(CharterParser.CONTEXT, 0); }
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public FieldListContext fieldList() {
			return getRuleContext(FieldListContext.class,0);
		}
		public ContextDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_contextDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitContextDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ContextDeclContext contextDecl() throws RecognitionException {
		ContextDeclContext _localctx = new ContextDeclContext(_ctx, getState());
		enterRule(_localctx, 10, RULE_contextDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(129);
			match(CONTEXT);
			setState(130);
			match(LBRACE);
			setState(132);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if ((((_la) & ~0x3f) == 0 && ((1L << _la) & -9223372028787093984L) != 0)) {
				{
				setState(131);
				fieldList();
				}
			}

			setState(134);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ActionDeclContext extends ParserRuleContext {
		public QualifiedNameContext name;
		public TerminalNode ACTION() { return getToken(CharterParser.ACTION, 0); }
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public QualifiedNameContext qualifiedName() {
			return getRuleContext(QualifiedNameContext.class,0);
		}
		public FieldListContext fieldList() {
			return getRuleContext(FieldListContext.class,0);
		}
		public ActionDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_actionDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitActionDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ActionDeclContext actionDecl() throws RecognitionException {
		ActionDeclContext _localctx = new ActionDeclContext(_ctx, getState());
		enterRule(_localctx, 12, RULE_actionDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(136);
			match(ACTION);
			setState(137);
			((ActionDeclContext)_localctx).name = qualifiedName();
			setState(138);
			match(LBRACE);
			setState(140);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if ((((_la) & ~0x3f) == 0 && ((1L << _la) & -9223372028787093984L) != 0)) {
				{
				setState(139);
				fieldList();
				}
			}

			setState(142);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RelationDeclContext extends ParserRuleContext {
		public IdentifierContext name;
		public TerminalNode RELATION() { return getToken(CharterParser.RELATION, 0); }
		public TerminalNode LPAREN() { return getToken(CharterParser.LPAREN, 0); }
		public List<FieldContext> field() {
			return getRuleContexts(FieldContext.class);
		}
		public FieldContext field(int i) {
			return getRuleContext(FieldContext.class,i);
		}
		public TerminalNode RPAREN() { return getToken(CharterParser.RPAREN, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public TerminalNode INPUT() { return getToken(CharterParser.INPUT, 0); }
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public RelationDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_relationDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitRelationDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RelationDeclContext relationDecl() throws RecognitionException {
		RelationDeclContext _localctx = new RelationDeclContext(_ctx, getState());
		enterRule(_localctx, 14, RULE_relationDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(145);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==INPUT) {
				{
				setState(144);
				match(INPUT);
				}
			}

			setState(147);
			match(RELATION);
			setState(148);
			((RelationDeclContext)_localctx).name = identifier();
			setState(149);
			match(LPAREN);
			setState(150);
			field();
			setState(155);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while (_la==COMMA) {
				{
				{
				setState(151);
				match(COMMA);
				setState(152);
				field();
				}
				}
				setState(157);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(158);
			match(RPAREN);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RoutesDeclContext extends ParserRuleContext {
		public TerminalNode ROUTES() { return getToken(CharterParser.ROUTES, 0); }
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public List<TerminalNode> STRING() { return getTokens(CharterParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(CharterParser.STRING, i);
		}
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public RoutesDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_routesDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitRoutesDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RoutesDeclContext routesDecl() throws RecognitionException {
		RoutesDeclContext _localctx = new RoutesDeclContext(_ctx, getState());
		enterRule(_localctx, 16, RULE_routesDecl);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(160);
			match(ROUTES);
			setState(161);
			match(LBRACE);
			setState(162);
			match(STRING);
			setState(169);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,11,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(164);
					_errHandler.sync(this);
					_la = _input.LA(1);
					if (_la==COMMA) {
						{
						setState(163);
						match(COMMA);
						}
					}

					setState(166);
					match(STRING);
					}
					} 
				}
				setState(171);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,11,_ctx);
			}
			setState(173);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==COMMA) {
				{
				setState(172);
				match(COMMA);
				}
			}

			setState(175);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class FieldListContext extends ParserRuleContext {
		public List<FieldContext> field() {
			return getRuleContexts(FieldContext.class);
		}
		public FieldContext field(int i) {
			return getRuleContext(FieldContext.class,i);
		}
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public FieldListContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_fieldList; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitFieldList(this);
			else return visitor.visitChildren(this);
		}
	}

	public final FieldListContext fieldList() throws RecognitionException {
		FieldListContext _localctx = new FieldListContext(_ctx, getState());
		enterRule(_localctx, 18, RULE_fieldList);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(177);
			field();
			setState(184);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,14,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(179);
					_errHandler.sync(this);
					_la = _input.LA(1);
					if (_la==COMMA) {
						{
						setState(178);
						match(COMMA);
						}
					}

					setState(181);
					field();
					}
					} 
				}
				setState(186);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,14,_ctx);
			}
			setState(188);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==COMMA) {
				{
				setState(187);
				match(COMMA);
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class FieldContext extends ParserRuleContext {
		public IdentifierContext name;
		public TypeNameContext type;
		public TerminalNode COLON() { return getToken(CharterParser.COLON, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public TypeNameContext typeName() {
			return getRuleContext(TypeNameContext.class,0);
		}
		public FieldContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_field; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitField(this);
			else return visitor.visitChildren(this);
		}
	}

	public final FieldContext field() throws RecognitionException {
		FieldContext _localctx = new FieldContext(_ctx, getState());
		enterRule(_localctx, 20, RULE_field);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(190);
			((FieldContext)_localctx).name = identifier();
			setState(191);
			match(COLON);
			setState(192);
			((FieldContext)_localctx).type = typeName();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TypeNameContext extends ParserRuleContext {
		public TypeIdentifierContext typeIdentifier() {
			return getRuleContext(TypeIdentifierContext.class,0);
		}
		public TerminalNode ACTION() { return getToken(CharterParser.ACTION, 0); }
		public TypeNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_typeName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitTypeName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TypeNameContext typeName() throws RecognitionException {
		TypeNameContext _localctx = new TypeNameContext(_ctx, getState());
		enterRule(_localctx, 22, RULE_typeName);
		try {
			setState(196);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case VERSION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case UPPER_NAME:
			case IDENTIFIER:
				enterOuterAlt(_localctx, 1);
				{
				setState(194);
				typeIdentifier();
				}
				break;
			case ACTION:
				enterOuterAlt(_localctx, 2);
				{
				setState(195);
				match(ACTION);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TypeIdentifierContext extends ParserRuleContext {
		public TerminalNode UPPER_NAME() { return getToken(CharterParser.UPPER_NAME, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public TypeIdentifierContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_typeIdentifier; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitTypeIdentifier(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TypeIdentifierContext typeIdentifier() throws RecognitionException {
		TypeIdentifierContext _localctx = new TypeIdentifierContext(_ctx, getState());
		enterRule(_localctx, 24, RULE_typeIdentifier);
		try {
			setState(200);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case UPPER_NAME:
				enterOuterAlt(_localctx, 1);
				{
				setState(198);
				match(UPPER_NAME);
				}
				break;
			case VERSION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case IDENTIFIER:
				enterOuterAlt(_localctx, 2);
				{
				setState(199);
				identifier();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DatalogClauseContext extends ParserRuleContext {
		public DatalogAtomContext head;
		public TerminalNode DOT() { return getToken(CharterParser.DOT, 0); }
		public DatalogAtomContext datalogAtom() {
			return getRuleContext(DatalogAtomContext.class,0);
		}
		public TerminalNode IMPLIED_BY() { return getToken(CharterParser.IMPLIED_BY, 0); }
		public List<BodyLiteralContext> bodyLiteral() {
			return getRuleContexts(BodyLiteralContext.class);
		}
		public BodyLiteralContext bodyLiteral(int i) {
			return getRuleContext(BodyLiteralContext.class,i);
		}
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public DatalogClauseContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_datalogClause; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitDatalogClause(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DatalogClauseContext datalogClause() throws RecognitionException {
		DatalogClauseContext _localctx = new DatalogClauseContext(_ctx, getState());
		enterRule(_localctx, 26, RULE_datalogClause);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(202);
			((DatalogClauseContext)_localctx).head = datalogAtom();
			setState(212);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==IMPLIED_BY) {
				{
				setState(203);
				match(IMPLIED_BY);
				setState(204);
				bodyLiteral();
				setState(209);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==COMMA) {
					{
					{
					setState(205);
					match(COMMA);
					setState(206);
					bodyLiteral();
					}
					}
					setState(211);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				}
			}

			setState(214);
			match(DOT);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DatalogAtomContext extends ParserRuleContext {
		public IdentifierContext relation;
		public TerminalNode LPAREN() { return getToken(CharterParser.LPAREN, 0); }
		public List<TermContext> term() {
			return getRuleContexts(TermContext.class);
		}
		public TermContext term(int i) {
			return getRuleContext(TermContext.class,i);
		}
		public TerminalNode RPAREN() { return getToken(CharterParser.RPAREN, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public DatalogAtomContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_datalogAtom; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitDatalogAtom(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DatalogAtomContext datalogAtom() throws RecognitionException {
		DatalogAtomContext _localctx = new DatalogAtomContext(_ctx, getState());
		enterRule(_localctx, 28, RULE_datalogAtom);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(216);
			((DatalogAtomContext)_localctx).relation = identifier();
			setState(217);
			match(LPAREN);
			setState(218);
			term();
			setState(223);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while (_la==COMMA) {
				{
				{
				setState(219);
				match(COMMA);
				setState(220);
				term();
				}
				}
				setState(225);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(226);
			match(RPAREN);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class BodyLiteralContext extends ParserRuleContext {
		public BodyLiteralContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_bodyLiteral; }
	 
		public BodyLiteralContext() { }
		public void copyFrom(BodyLiteralContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ComparisonLiteralContext extends BodyLiteralContext {
		public TermContext left;
		public ComparisonOperatorContext op;
		public TermContext right;
		public List<TermContext> term() {
			return getRuleContexts(TermContext.class);
		}
		public TermContext term(int i) {
			return getRuleContext(TermContext.class,i);
		}
		public ComparisonOperatorContext comparisonOperator() {
			return getRuleContext(ComparisonOperatorContext.class,0);
		}
		public ComparisonLiteralContext(BodyLiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitComparisonLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NegatedLiteralContext extends BodyLiteralContext {
		public TerminalNode NOT() { return getToken(CharterParser.NOT, 0); }
		public DatalogAtomContext datalogAtom() {
			return getRuleContext(DatalogAtomContext.class,0);
		}
		public NegatedLiteralContext(BodyLiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNegatedLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PositiveLiteralContext extends BodyLiteralContext {
		public DatalogAtomContext datalogAtom() {
			return getRuleContext(DatalogAtomContext.class,0);
		}
		public PositiveLiteralContext(BodyLiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitPositiveLiteral(this);
			else return visitor.visitChildren(this);
		}
	}

	public final BodyLiteralContext bodyLiteral() throws RecognitionException {
		BodyLiteralContext _localctx = new BodyLiteralContext(_ctx, getState());
		enterRule(_localctx, 30, RULE_bodyLiteral);
		try {
			setState(235);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,21,_ctx) ) {
			case 1:
				_localctx = new PositiveLiteralContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(228);
				datalogAtom();
				}
				break;
			case 2:
				_localctx = new NegatedLiteralContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(229);
				match(NOT);
				setState(230);
				datalogAtom();
				}
				break;
			case 3:
				_localctx = new ComparisonLiteralContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(231);
				((ComparisonLiteralContext)_localctx).left = term();
				setState(232);
				((ComparisonLiteralContext)_localctx).op = comparisonOperator();
				setState(233);
				((ComparisonLiteralContext)_localctx).right = term();
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TermContext extends ParserRuleContext {
		public TermContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_term; }
	 
		public TermContext() { }
		public void copyFrom(TermContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class LiteralTermContext extends TermContext {
		public LiteralContext literal() {
			return getRuleContext(LiteralContext.class,0);
		}
		public LiteralTermContext(TermContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitLiteralTerm(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NegativeTermContext extends TermContext {
		public TerminalNode MINUS() { return getToken(CharterParser.MINUS, 0); }
		public NumberContext number() {
			return getRuleContext(NumberContext.class,0);
		}
		public NegativeTermContext(TermContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNegativeTerm(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NameTermContext extends TermContext {
		public QualifiedNameContext qualifiedName() {
			return getRuleContext(QualifiedNameContext.class,0);
		}
		public NameTermContext(TermContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNameTerm(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class WildcardTermContext extends TermContext {
		public TerminalNode UNDERSCORE() { return getToken(CharterParser.UNDERSCORE, 0); }
		public WildcardTermContext(TermContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitWildcardTerm(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class VariableTermContext extends TermContext {
		public TerminalNode UPPER_NAME() { return getToken(CharterParser.UPPER_NAME, 0); }
		public VariableTermContext(TermContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitVariableTerm(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TermContext term() throws RecognitionException {
		TermContext _localctx = new TermContext(_ctx, getState());
		enterRule(_localctx, 32, RULE_term);
		try {
			setState(243);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case UPPER_NAME:
				_localctx = new VariableTermContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(237);
				match(UPPER_NAME);
				}
				break;
			case UNDERSCORE:
				_localctx = new WildcardTermContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(238);
				match(UNDERSCORE);
				}
				break;
			case VERSION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case IDENTIFIER:
				_localctx = new NameTermContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(239);
				qualifiedName();
				}
				break;
			case TRUE:
			case FALSE:
			case DATE:
			case DECIMAL:
			case INT:
			case STRING:
				_localctx = new LiteralTermContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(240);
				literal();
				}
				break;
			case MINUS:
				_localctx = new NegativeTermContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(241);
				match(MINUS);
				setState(242);
				number();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DecisionRuleContext extends ParserRuleContext {
		public IdentifierContext name;
		public Token route;
		public ExpressionContext when;
		public ExpressionContext unless;
		public PriorityValueContext priority;
		public Token reason;
		public TerminalNode RULE() { return getToken(CharterParser.RULE, 0); }
		public TerminalNode COLON() { return getToken(CharterParser.COLON, 0); }
		public EffectContext effect() {
			return getRuleContext(EffectContext.class,0);
		}
		public ActionPatternContext actionPattern() {
			return getRuleContext(ActionPatternContext.class,0);
		}
		public TerminalNode SEMI() { return getToken(CharterParser.SEMI, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public TerminalNode TO() { return getToken(CharterParser.TO, 0); }
		public TerminalNode WHEN() { return getToken(CharterParser.WHEN, 0); }
		public TerminalNode UNLESS() { return getToken(CharterParser.UNLESS, 0); }
		public TerminalNode PRIORITY() { return getToken(CharterParser.PRIORITY, 0); }
		public TerminalNode BECAUSE() { return getToken(CharterParser.BECAUSE, 0); }
		public List<TerminalNode> STRING() { return getTokens(CharterParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(CharterParser.STRING, i);
		}
		public List<ExpressionContext> expression() {
			return getRuleContexts(ExpressionContext.class);
		}
		public ExpressionContext expression(int i) {
			return getRuleContext(ExpressionContext.class,i);
		}
		public PriorityValueContext priorityValue() {
			return getRuleContext(PriorityValueContext.class,0);
		}
		public DecisionRuleContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_decisionRule; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitDecisionRule(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DecisionRuleContext decisionRule() throws RecognitionException {
		DecisionRuleContext _localctx = new DecisionRuleContext(_ctx, getState());
		enterRule(_localctx, 34, RULE_decisionRule);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(245);
			match(RULE);
			setState(246);
			((DecisionRuleContext)_localctx).name = identifier();
			setState(247);
			match(COLON);
			setState(248);
			effect();
			setState(249);
			actionPattern();
			setState(252);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==TO) {
				{
				setState(250);
				match(TO);
				setState(251);
				((DecisionRuleContext)_localctx).route = match(STRING);
				}
			}

			setState(256);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==WHEN) {
				{
				setState(254);
				match(WHEN);
				setState(255);
				((DecisionRuleContext)_localctx).when = expression(0);
				}
			}

			setState(260);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==UNLESS) {
				{
				setState(258);
				match(UNLESS);
				setState(259);
				((DecisionRuleContext)_localctx).unless = expression(0);
				}
			}

			setState(264);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==PRIORITY) {
				{
				setState(262);
				match(PRIORITY);
				setState(263);
				((DecisionRuleContext)_localctx).priority = priorityValue();
				}
			}

			setState(268);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==BECAUSE) {
				{
				setState(266);
				match(BECAUSE);
				setState(267);
				((DecisionRuleContext)_localctx).reason = match(STRING);
				}
			}

			setState(270);
			match(SEMI);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class EffectContext extends ParserRuleContext {
		public TerminalNode PERMIT() { return getToken(CharterParser.PERMIT, 0); }
		public TerminalNode DENY() { return getToken(CharterParser.DENY, 0); }
		public TerminalNode ESCALATE() { return getToken(CharterParser.ESCALATE, 0); }
		public EffectContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_effect; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitEffect(this);
			else return visitor.visitChildren(this);
		}
	}

	public final EffectContext effect() throws RecognitionException {
		EffectContext _localctx = new EffectContext(_ctx, getState());
		enterRule(_localctx, 36, RULE_effect);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(272);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 57344L) != 0)) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ActionPatternContext extends ParserRuleContext {
		public ActionPatternContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_actionPattern; }
	 
		public ActionPatternContext() { }
		public void copyFrom(ActionPatternContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ActionListPatternContext extends ActionPatternContext {
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public List<ActionGlobContext> actionGlob() {
			return getRuleContexts(ActionGlobContext.class);
		}
		public ActionGlobContext actionGlob(int i) {
			return getRuleContext(ActionGlobContext.class,i);
		}
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public ActionListPatternContext(ActionPatternContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitActionListPattern(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class SingleActionPatternContext extends ActionPatternContext {
		public ActionGlobContext actionGlob() {
			return getRuleContext(ActionGlobContext.class,0);
		}
		public SingleActionPatternContext(ActionPatternContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitSingleActionPattern(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ActionPatternContext actionPattern() throws RecognitionException {
		ActionPatternContext _localctx = new ActionPatternContext(_ctx, getState());
		enterRule(_localctx, 38, RULE_actionPattern);
		int _la;
		try {
			int _alt;
			setState(289);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case VERSION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case STAR:
			case IDENTIFIER:
				_localctx = new SingleActionPatternContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(274);
				actionGlob();
				}
				break;
			case LBRACE:
				_localctx = new ActionListPatternContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(275);
				match(LBRACE);
				setState(276);
				actionGlob();
				setState(281);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,28,_ctx);
				while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
					if ( _alt==1 ) {
						{
						{
						setState(277);
						match(COMMA);
						setState(278);
						actionGlob();
						}
						} 
					}
					setState(283);
					_errHandler.sync(this);
					_alt = getInterpreter().adaptivePredict(_input,28,_ctx);
				}
				setState(285);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==COMMA) {
					{
					setState(284);
					match(COMMA);
					}
				}

				setState(287);
				match(RBRACE);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ActionGlobContext extends ParserRuleContext {
		public ActionGlobContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_actionGlob; }
	 
		public ActionGlobContext() { }
		public void copyFrom(ActionGlobContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AnyActionContext extends ActionGlobContext {
		public TerminalNode STAR() { return getToken(CharterParser.STAR, 0); }
		public AnyActionContext(ActionGlobContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitAnyAction(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NamedActionContext extends ActionGlobContext {
		public QualifiedNameContext qualifiedName() {
			return getRuleContext(QualifiedNameContext.class,0);
		}
		public TerminalNode DOT() { return getToken(CharterParser.DOT, 0); }
		public TerminalNode STAR() { return getToken(CharterParser.STAR, 0); }
		public NamedActionContext(ActionGlobContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNamedAction(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ActionGlobContext actionGlob() throws RecognitionException {
		ActionGlobContext _localctx = new ActionGlobContext(_ctx, getState());
		enterRule(_localctx, 40, RULE_actionGlob);
		try {
			setState(298);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case STAR:
				_localctx = new AnyActionContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(291);
				match(STAR);
				}
				break;
			case VERSION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case IDENTIFIER:
				_localctx = new NamedActionContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(292);
				qualifiedName();
				setState(296);
				_errHandler.sync(this);
				switch (_input.LA(1)) {
				case DOT:
					{
					setState(293);
					match(DOT);
					setState(294);
					match(STAR);
					}
					break;
				case STAR:
					{
					setState(295);
					match(STAR);
					}
					break;
				case TO:
				case WHEN:
				case UNLESS:
				case PRIORITY:
				case BECAUSE:
				case RBRACE:
				case COMMA:
				case SEMI:
					break;
				default:
					break;
				}
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PriorityValueContext extends ParserRuleContext {
		public LiteralContext literal() {
			return getRuleContext(LiteralContext.class,0);
		}
		public TerminalNode MINUS() { return getToken(CharterParser.MINUS, 0); }
		public PriorityValueContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_priorityValue; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitPriorityValue(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PriorityValueContext priorityValue() throws RecognitionException {
		PriorityValueContext _localctx = new PriorityValueContext(_ctx, getState());
		enterRule(_localctx, 42, RULE_priorityValue);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(301);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==MINUS) {
				{
				setState(300);
				match(MINUS);
				}
			}

			setState(303);
			literal();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DefaultDeclContext extends ParserRuleContext {
		public Token route;
		public TerminalNode DEFAULT() { return getToken(CharterParser.DEFAULT, 0); }
		public EffectContext effect() {
			return getRuleContext(EffectContext.class,0);
		}
		public TerminalNode SEMI() { return getToken(CharterParser.SEMI, 0); }
		public TerminalNode TO() { return getToken(CharterParser.TO, 0); }
		public TerminalNode STRING() { return getToken(CharterParser.STRING, 0); }
		public DefaultDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_defaultDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitDefaultDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DefaultDeclContext defaultDecl() throws RecognitionException {
		DefaultDeclContext _localctx = new DefaultDeclContext(_ctx, getState());
		enterRule(_localctx, 44, RULE_defaultDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(305);
			match(DEFAULT);
			setState(306);
			effect();
			setState(309);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==TO) {
				{
				setState(307);
				match(TO);
				setState(308);
				((DefaultDeclContext)_localctx).route = match(STRING);
				}
			}

			setState(311);
			match(SEMI);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ConflictDeclContext extends ParserRuleContext {
		public Token route;
		public TerminalNode ON() { return getToken(CharterParser.ON, 0); }
		public TerminalNode CONFLICT() { return getToken(CharterParser.CONFLICT, 0); }
		public EffectContext effect() {
			return getRuleContext(EffectContext.class,0);
		}
		public TerminalNode SEMI() { return getToken(CharterParser.SEMI, 0); }
		public TerminalNode TO() { return getToken(CharterParser.TO, 0); }
		public TerminalNode STRING() { return getToken(CharterParser.STRING, 0); }
		public ConflictDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_conflictDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitConflictDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ConflictDeclContext conflictDecl() throws RecognitionException {
		ConflictDeclContext _localctx = new ConflictDeclContext(_ctx, getState());
		enterRule(_localctx, 46, RULE_conflictDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(313);
			match(ON);
			setState(314);
			match(CONFLICT);
			setState(315);
			effect();
			setState(318);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==TO) {
				{
				setState(316);
				match(TO);
				setState(317);
				((ConflictDeclContext)_localctx).route = match(STRING);
				}
			}

			setState(320);
			match(SEMI);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class AssertionContext extends ParserRuleContext {
		public IdentifierContext name;
		public TerminalNode ASSERT() { return getToken(CharterParser.ASSERT, 0); }
		public TerminalNode COLON() { return getToken(CharterParser.COLON, 0); }
		public ExpressionContext expression() {
			return getRuleContext(ExpressionContext.class,0);
		}
		public TerminalNode SEMI() { return getToken(CharterParser.SEMI, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public AssertionContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_assertion; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitAssertion(this);
			else return visitor.visitChildren(this);
		}
	}

	public final AssertionContext assertion() throws RecognitionException {
		AssertionContext _localctx = new AssertionContext(_ctx, getState());
		enterRule(_localctx, 48, RULE_assertion);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(322);
			match(ASSERT);
			setState(323);
			((AssertionContext)_localctx).name = identifier();
			setState(324);
			match(COLON);
			setState(325);
			expression(0);
			setState(326);
			match(SEMI);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ExpressionContext extends ParserRuleContext {
		public ExpressionContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_expression; }
	 
		public ExpressionContext() { }
		public void copyFrom(ExpressionContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class OrExpressionContext extends ExpressionContext {
		public ExpressionContext left;
		public ExpressionContext right;
		public TerminalNode OR() { return getToken(CharterParser.OR, 0); }
		public List<ExpressionContext> expression() {
			return getRuleContexts(ExpressionContext.class);
		}
		public ExpressionContext expression(int i) {
			return getRuleContext(ExpressionContext.class,i);
		}
		public OrExpressionContext(ExpressionContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitOrExpression(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AndExpressionContext extends ExpressionContext {
		public ExpressionContext left;
		public ExpressionContext right;
		public TerminalNode AND() { return getToken(CharterParser.AND, 0); }
		public List<ExpressionContext> expression() {
			return getRuleContexts(ExpressionContext.class);
		}
		public ExpressionContext expression(int i) {
			return getRuleContext(ExpressionContext.class,i);
		}
		public AndExpressionContext(ExpressionContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitAndExpression(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NotExpressionContext extends ExpressionContext {
		public ExpressionContext operand;
		public TerminalNode NOT() { return getToken(CharterParser.NOT, 0); }
		public ExpressionContext expression() {
			return getRuleContext(ExpressionContext.class,0);
		}
		public NotExpressionContext(ExpressionContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNotExpression(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ImpliesExpressionContext extends ExpressionContext {
		public ExpressionContext left;
		public ExpressionContext right;
		public TerminalNode IMPLIES() { return getToken(CharterParser.IMPLIES, 0); }
		public List<ExpressionContext> expression() {
			return getRuleContexts(ExpressionContext.class);
		}
		public ExpressionContext expression(int i) {
			return getRuleContext(ExpressionContext.class,i);
		}
		public ImpliesExpressionContext(ExpressionContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitImpliesExpression(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PredicateExpressionContext extends ExpressionContext {
		public PredicateContext predicate() {
			return getRuleContext(PredicateContext.class,0);
		}
		public PredicateExpressionContext(ExpressionContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitPredicateExpression(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ExpressionContext expression() throws RecognitionException {
		return expression(0);
	}

	private ExpressionContext expression(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		ExpressionContext _localctx = new ExpressionContext(_ctx, _parentState);
		ExpressionContext _prevctx = _localctx;
		int _startState = 50;
		enterRecursionRule(_localctx, 50, RULE_expression, _p);
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(332);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case NOT:
				{
				_localctx = new NotExpressionContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;

				setState(329);
				match(NOT);
				setState(330);
				((NotExpressionContext)_localctx).operand = expression(2);
				}
				break;
			case VERSION:
			case CONTEXT:
			case ACTION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case PERMIT:
			case DENY:
			case ESCALATE:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case REQUEST:
			case TIME:
			case TRUE:
			case FALSE:
			case MINUS:
			case LPAREN:
			case DATE:
			case DECIMAL:
			case INT:
			case STRING:
			case IDENTIFIER:
				{
				_localctx = new PredicateExpressionContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(331);
				predicate();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			_ctx.stop = _input.LT(-1);
			setState(345);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,38,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					setState(343);
					_errHandler.sync(this);
					switch ( getInterpreter().adaptivePredict(_input,37,_ctx) ) {
					case 1:
						{
						_localctx = new ImpliesExpressionContext(new ExpressionContext(_parentctx, _parentState));
						((ImpliesExpressionContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_expression);
						setState(334);
						if (!(precpred(_ctx, 5))) throw new FailedPredicateException(this, "precpred(_ctx, 5)");
						setState(335);
						match(IMPLIES);
						setState(336);
						((ImpliesExpressionContext)_localctx).right = expression(5);
						}
						break;
					case 2:
						{
						_localctx = new OrExpressionContext(new ExpressionContext(_parentctx, _parentState));
						((OrExpressionContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_expression);
						setState(337);
						if (!(precpred(_ctx, 4))) throw new FailedPredicateException(this, "precpred(_ctx, 4)");
						setState(338);
						match(OR);
						setState(339);
						((OrExpressionContext)_localctx).right = expression(5);
						}
						break;
					case 3:
						{
						_localctx = new AndExpressionContext(new ExpressionContext(_parentctx, _parentState));
						((AndExpressionContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_expression);
						setState(340);
						if (!(precpred(_ctx, 3))) throw new FailedPredicateException(this, "precpred(_ctx, 3)");
						setState(341);
						match(AND);
						setState(342);
						((AndExpressionContext)_localctx).right = expression(4);
						}
						break;
					}
					} 
				}
				setState(347);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,38,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PredicateContext extends ParserRuleContext {
		public PredicateContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_predicate; }
	 
		public PredicateContext() { }
		public void copyFrom(PredicateContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class MatchesPredicateContext extends PredicateContext {
		public SumContext operand;
		public Token pattern;
		public TerminalNode MATCHES() { return getToken(CharterParser.MATCHES, 0); }
		public SumContext sum() {
			return getRuleContext(SumContext.class,0);
		}
		public TerminalNode REGEX() { return getToken(CharterParser.REGEX, 0); }
		public MatchesPredicateContext(PredicateContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitMatchesPredicate(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ComparisonPredicateContext extends PredicateContext {
		public SumContext left;
		public ComparisonOperatorContext op;
		public SumContext right;
		public List<SumContext> sum() {
			return getRuleContexts(SumContext.class);
		}
		public SumContext sum(int i) {
			return getRuleContext(SumContext.class,i);
		}
		public ComparisonOperatorContext comparisonOperator() {
			return getRuleContext(ComparisonOperatorContext.class,0);
		}
		public ComparisonPredicateContext(PredicateContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitComparisonPredicate(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class InPredicateContext extends PredicateContext {
		public SumContext operand;
		public TerminalNode IN() { return getToken(CharterParser.IN, 0); }
		public TerminalNode LBRACE() { return getToken(CharterParser.LBRACE, 0); }
		public List<LiteralOrNameContext> literalOrName() {
			return getRuleContexts(LiteralOrNameContext.class);
		}
		public LiteralOrNameContext literalOrName(int i) {
			return getRuleContext(LiteralOrNameContext.class,i);
		}
		public TerminalNode RBRACE() { return getToken(CharterParser.RBRACE, 0); }
		public SumContext sum() {
			return getRuleContext(SumContext.class,0);
		}
		public TerminalNode NOT() { return getToken(CharterParser.NOT, 0); }
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public InPredicateContext(PredicateContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitInPredicate(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StringPredicateContext extends PredicateContext {
		public SumContext left;
		public StringOperatorContext op;
		public SumContext right;
		public List<SumContext> sum() {
			return getRuleContexts(SumContext.class);
		}
		public SumContext sum(int i) {
			return getRuleContext(SumContext.class,i);
		}
		public StringOperatorContext stringOperator() {
			return getRuleContext(StringOperatorContext.class,0);
		}
		public StringPredicateContext(PredicateContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitStringPredicate(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ValuePredicateContext extends PredicateContext {
		public SumContext operand;
		public SumContext sum() {
			return getRuleContext(SumContext.class,0);
		}
		public ValuePredicateContext(PredicateContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitValuePredicate(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PredicateContext predicate() throws RecognitionException {
		PredicateContext _localctx = new PredicateContext(_ctx, getState());
		enterRule(_localctx, 52, RULE_predicate);
		int _la;
		try {
			int _alt;
			setState(380);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,42,_ctx) ) {
			case 1:
				_localctx = new ComparisonPredicateContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(348);
				((ComparisonPredicateContext)_localctx).left = sum(0);
				setState(349);
				((ComparisonPredicateContext)_localctx).op = comparisonOperator();
				setState(350);
				((ComparisonPredicateContext)_localctx).right = sum(0);
				}
				break;
			case 2:
				_localctx = new InPredicateContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(352);
				((InPredicateContext)_localctx).operand = sum(0);
				setState(354);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==NOT) {
					{
					setState(353);
					match(NOT);
					}
				}

				setState(356);
				match(IN);
				setState(357);
				match(LBRACE);
				setState(358);
				literalOrName();
				setState(363);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,40,_ctx);
				while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
					if ( _alt==1 ) {
						{
						{
						setState(359);
						match(COMMA);
						setState(360);
						literalOrName();
						}
						} 
					}
					setState(365);
					_errHandler.sync(this);
					_alt = getInterpreter().adaptivePredict(_input,40,_ctx);
				}
				setState(367);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==COMMA) {
					{
					setState(366);
					match(COMMA);
					}
				}

				setState(369);
				match(RBRACE);
				}
				break;
			case 3:
				_localctx = new MatchesPredicateContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(371);
				((MatchesPredicateContext)_localctx).operand = sum(0);
				setState(372);
				match(MATCHES);
				setState(373);
				((MatchesPredicateContext)_localctx).pattern = match(REGEX);
				}
				break;
			case 4:
				_localctx = new StringPredicateContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(375);
				((StringPredicateContext)_localctx).left = sum(0);
				setState(376);
				((StringPredicateContext)_localctx).op = stringOperator();
				setState(377);
				((StringPredicateContext)_localctx).right = sum(0);
				}
				break;
			case 5:
				_localctx = new ValuePredicateContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(379);
				((ValuePredicateContext)_localctx).operand = sum(0);
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ComparisonOperatorContext extends ParserRuleContext {
		public TerminalNode EQ() { return getToken(CharterParser.EQ, 0); }
		public TerminalNode NE() { return getToken(CharterParser.NE, 0); }
		public TerminalNode LT() { return getToken(CharterParser.LT, 0); }
		public TerminalNode LE() { return getToken(CharterParser.LE, 0); }
		public TerminalNode GT() { return getToken(CharterParser.GT, 0); }
		public TerminalNode GE() { return getToken(CharterParser.GE, 0); }
		public ComparisonOperatorContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_comparisonOperator; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitComparisonOperator(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ComparisonOperatorContext comparisonOperator() throws RecognitionException {
		ComparisonOperatorContext _localctx = new ComparisonOperatorContext(_ctx, getState());
		enterRule(_localctx, 54, RULE_comparisonOperator);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(382);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 34634616274944L) != 0)) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StringOperatorContext extends ParserRuleContext {
		public TerminalNode STARTS_WITH() { return getToken(CharterParser.STARTS_WITH, 0); }
		public TerminalNode ENDS_WITH() { return getToken(CharterParser.ENDS_WITH, 0); }
		public TerminalNode CONTAINS() { return getToken(CharterParser.CONTAINS, 0); }
		public StringOperatorContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_stringOperator; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitStringOperator(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StringOperatorContext stringOperator() throws RecognitionException {
		StringOperatorContext _localctx = new StringOperatorContext(_ctx, getState());
		enterRule(_localctx, 56, RULE_stringOperator);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(384);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 7516192768L) != 0)) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class SumContext extends ParserRuleContext {
		public SumContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_sum; }
	 
		public SumContext() { }
		public void copyFrom(SumContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class MultiplicativeSumContext extends SumContext {
		public SumContext left;
		public SumContext right;
		public TerminalNode STAR() { return getToken(CharterParser.STAR, 0); }
		public List<SumContext> sum() {
			return getRuleContexts(SumContext.class);
		}
		public SumContext sum(int i) {
			return getRuleContext(SumContext.class,i);
		}
		public MultiplicativeSumContext(SumContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitMultiplicativeSum(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AdditiveSumContext extends SumContext {
		public SumContext left;
		public Token op;
		public SumContext right;
		public List<SumContext> sum() {
			return getRuleContexts(SumContext.class);
		}
		public SumContext sum(int i) {
			return getRuleContext(SumContext.class,i);
		}
		public TerminalNode PLUS() { return getToken(CharterParser.PLUS, 0); }
		public TerminalNode MINUS() { return getToken(CharterParser.MINUS, 0); }
		public AdditiveSumContext(SumContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitAdditiveSum(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PrimarySumContext extends SumContext {
		public PrimaryContext primary() {
			return getRuleContext(PrimaryContext.class,0);
		}
		public PrimarySumContext(SumContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitPrimarySum(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NegatedSumContext extends SumContext {
		public SumContext operand;
		public TerminalNode MINUS() { return getToken(CharterParser.MINUS, 0); }
		public SumContext sum() {
			return getRuleContext(SumContext.class,0);
		}
		public NegatedSumContext(SumContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNegatedSum(this);
			else return visitor.visitChildren(this);
		}
	}

	public final SumContext sum() throws RecognitionException {
		return sum(0);
	}

	private SumContext sum(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		SumContext _localctx = new SumContext(_ctx, _parentState);
		SumContext _prevctx = _localctx;
		int _startState = 58;
		enterRecursionRule(_localctx, 58, RULE_sum, _p);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(390);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case MINUS:
				{
				_localctx = new NegatedSumContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;

				setState(387);
				match(MINUS);
				setState(388);
				((NegatedSumContext)_localctx).operand = sum(4);
				}
				break;
			case VERSION:
			case CONTEXT:
			case ACTION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case PERMIT:
			case DENY:
			case ESCALATE:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case REQUEST:
			case TIME:
			case TRUE:
			case FALSE:
			case LPAREN:
			case DATE:
			case DECIMAL:
			case INT:
			case STRING:
			case IDENTIFIER:
				{
				_localctx = new PrimarySumContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(389);
				primary();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			_ctx.stop = _input.LT(-1);
			setState(400);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,45,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					setState(398);
					_errHandler.sync(this);
					switch ( getInterpreter().adaptivePredict(_input,44,_ctx) ) {
					case 1:
						{
						_localctx = new MultiplicativeSumContext(new SumContext(_parentctx, _parentState));
						((MultiplicativeSumContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_sum);
						setState(392);
						if (!(precpred(_ctx, 3))) throw new FailedPredicateException(this, "precpred(_ctx, 3)");
						setState(393);
						match(STAR);
						setState(394);
						((MultiplicativeSumContext)_localctx).right = sum(4);
						}
						break;
					case 2:
						{
						_localctx = new AdditiveSumContext(new SumContext(_parentctx, _parentState));
						((AdditiveSumContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_sum);
						setState(395);
						if (!(precpred(_ctx, 2))) throw new FailedPredicateException(this, "precpred(_ctx, 2)");
						setState(396);
						((AdditiveSumContext)_localctx).op = _input.LT(1);
						_la = _input.LA(1);
						if ( !(_la==PLUS || _la==MINUS) ) {
							((AdditiveSumContext)_localctx).op = (Token)_errHandler.recoverInline(this);
						}
						else {
							if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
							_errHandler.reportMatch(this);
							consume();
						}
						setState(397);
						((AdditiveSumContext)_localctx).right = sum(3);
						}
						break;
					}
					} 
				}
				setState(402);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,45,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PrimaryContext extends ParserRuleContext {
		public PrimaryContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_primary; }
	 
		public PrimaryContext() { }
		public void copyFrom(PrimaryContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class CallContext extends PrimaryContext {
		public IdentifierContext callee;
		public TerminalNode LPAREN() { return getToken(CharterParser.LPAREN, 0); }
		public List<ArgumentContext> argument() {
			return getRuleContexts(ArgumentContext.class);
		}
		public ArgumentContext argument(int i) {
			return getRuleContext(ArgumentContext.class,i);
		}
		public TerminalNode RPAREN() { return getToken(CharterParser.RPAREN, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public List<TerminalNode> COMMA() { return getTokens(CharterParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(CharterParser.COMMA, i);
		}
		public CallContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitCall(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class EffectPrimaryContext extends PrimaryContext {
		public EffectContext effect() {
			return getRuleContext(EffectContext.class,0);
		}
		public EffectPrimaryContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitEffectPrimary(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ParenthesizedContext extends PrimaryContext {
		public TerminalNode LPAREN() { return getToken(CharterParser.LPAREN, 0); }
		public ExpressionContext expression() {
			return getRuleContext(ExpressionContext.class,0);
		}
		public TerminalNode RPAREN() { return getToken(CharterParser.RPAREN, 0); }
		public ParenthesizedContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitParenthesized(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AttributeContext extends PrimaryContext {
		public Token scope;
		public IdentifierContext attribute;
		public TerminalNode DOT() { return getToken(CharterParser.DOT, 0); }
		public IdentifierContext identifier() {
			return getRuleContext(IdentifierContext.class,0);
		}
		public TerminalNode REQUEST() { return getToken(CharterParser.REQUEST, 0); }
		public TerminalNode CONTEXT() { return getToken(CharterParser.CONTEXT, 0); }
		public TerminalNode TIME() { return getToken(CharterParser.TIME, 0); }
		public AttributeContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitAttribute(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class LiteralPrimaryContext extends PrimaryContext {
		public LiteralContext literal() {
			return getRuleContext(LiteralContext.class,0);
		}
		public LiteralPrimaryContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitLiteralPrimary(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class CurrentActionContext extends PrimaryContext {
		public TerminalNode ACTION() { return getToken(CharterParser.ACTION, 0); }
		public CurrentActionContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitCurrentAction(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NamePrimaryContext extends PrimaryContext {
		public QualifiedNameContext qualifiedName() {
			return getRuleContext(QualifiedNameContext.class,0);
		}
		public NamePrimaryContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNamePrimary(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PrimaryContext primary() throws RecognitionException {
		PrimaryContext _localctx = new PrimaryContext(_ctx, getState());
		enterRule(_localctx, 60, RULE_primary);
		int _la;
		try {
			setState(426);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,47,_ctx) ) {
			case 1:
				_localctx = new ParenthesizedContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(403);
				match(LPAREN);
				setState(404);
				expression(0);
				setState(405);
				match(RPAREN);
				}
				break;
			case 2:
				_localctx = new CallContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(407);
				((CallContext)_localctx).callee = identifier();
				setState(408);
				match(LPAREN);
				setState(409);
				argument();
				setState(414);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==COMMA) {
					{
					{
					setState(410);
					match(COMMA);
					setState(411);
					argument();
					}
					}
					setState(416);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(417);
				match(RPAREN);
				}
				break;
			case 3:
				_localctx = new AttributeContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(419);
				((AttributeContext)_localctx).scope = _input.LT(1);
				_la = _input.LA(1);
				if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 25769803904L) != 0)) ) {
					((AttributeContext)_localctx).scope = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(420);
				match(DOT);
				setState(421);
				((AttributeContext)_localctx).attribute = identifier();
				}
				break;
			case 4:
				_localctx = new CurrentActionContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(422);
				match(ACTION);
				}
				break;
			case 5:
				_localctx = new EffectPrimaryContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(423);
				effect();
				}
				break;
			case 6:
				_localctx = new LiteralPrimaryContext(_localctx);
				enterOuterAlt(_localctx, 6);
				{
				setState(424);
				literal();
				}
				break;
			case 7:
				_localctx = new NamePrimaryContext(_localctx);
				enterOuterAlt(_localctx, 7);
				{
				setState(425);
				qualifiedName();
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ArgumentContext extends ParserRuleContext {
		public ArgumentContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_argument; }
	 
		public ArgumentContext() { }
		public void copyFrom(ArgumentContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ExpressionArgumentContext extends ArgumentContext {
		public ExpressionContext expression() {
			return getRuleContext(ExpressionContext.class,0);
		}
		public ExpressionArgumentContext(ArgumentContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitExpressionArgument(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class WildcardArgumentContext extends ArgumentContext {
		public TerminalNode UNDERSCORE() { return getToken(CharterParser.UNDERSCORE, 0); }
		public WildcardArgumentContext(ArgumentContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitWildcardArgument(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ArgumentContext argument() throws RecognitionException {
		ArgumentContext _localctx = new ArgumentContext(_ctx, getState());
		enterRule(_localctx, 62, RULE_argument);
		try {
			setState(430);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case UNDERSCORE:
				_localctx = new WildcardArgumentContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(428);
				match(UNDERSCORE);
				}
				break;
			case VERSION:
			case CONTEXT:
			case ACTION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case PERMIT:
			case DENY:
			case ESCALATE:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case NOT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case REQUEST:
			case TIME:
			case TRUE:
			case FALSE:
			case MINUS:
			case LPAREN:
			case DATE:
			case DECIMAL:
			case INT:
			case STRING:
			case IDENTIFIER:
				_localctx = new ExpressionArgumentContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(429);
				expression(0);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class LiteralOrNameContext extends ParserRuleContext {
		public LiteralContext literal() {
			return getRuleContext(LiteralContext.class,0);
		}
		public TerminalNode MINUS() { return getToken(CharterParser.MINUS, 0); }
		public QualifiedNameContext qualifiedName() {
			return getRuleContext(QualifiedNameContext.class,0);
		}
		public LiteralOrNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_literalOrName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitLiteralOrName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final LiteralOrNameContext literalOrName() throws RecognitionException {
		LiteralOrNameContext _localctx = new LiteralOrNameContext(_ctx, getState());
		enterRule(_localctx, 64, RULE_literalOrName);
		int _la;
		try {
			setState(437);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case TRUE:
			case FALSE:
			case MINUS:
			case DATE:
			case DECIMAL:
			case INT:
			case STRING:
				enterOuterAlt(_localctx, 1);
				{
				setState(433);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==MINUS) {
					{
					setState(432);
					match(MINUS);
					}
				}

				setState(435);
				literal();
				}
				break;
			case VERSION:
			case INPUT:
			case RELATION:
			case ROUTES:
			case TO:
			case WHEN:
			case UNLESS:
			case PRIORITY:
			case BECAUSE:
			case ON:
			case CONFLICT:
			case MATCHES:
			case STARTS_WITH:
			case ENDS_WITH:
			case CONTAINS:
			case IDENTIFIER:
				enterOuterAlt(_localctx, 2);
				{
				setState(436);
				qualifiedName();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class QualifiedNameContext extends ParserRuleContext {
		public List<IdentifierContext> identifier() {
			return getRuleContexts(IdentifierContext.class);
		}
		public IdentifierContext identifier(int i) {
			return getRuleContext(IdentifierContext.class,i);
		}
		public List<TerminalNode> DOT() { return getTokens(CharterParser.DOT); }
		public TerminalNode DOT(int i) {
			return getToken(CharterParser.DOT, i);
		}
		public QualifiedNameContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_qualifiedName; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitQualifiedName(this);
			else return visitor.visitChildren(this);
		}
	}

	public final QualifiedNameContext qualifiedName() throws RecognitionException {
		QualifiedNameContext _localctx = new QualifiedNameContext(_ctx, getState());
		enterRule(_localctx, 66, RULE_qualifiedName);
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(439);
			identifier();
			setState(444);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,51,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(440);
					match(DOT);
					setState(441);
					identifier();
					}
					} 
				}
				setState(446);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,51,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class IdentifierContext extends ParserRuleContext {
		public TerminalNode IDENTIFIER() { return getToken(CharterParser.IDENTIFIER, 0); }
		public TerminalNode TO() { return getToken(CharterParser.TO, 0); }
		public TerminalNode ON() { return getToken(CharterParser.ON, 0); }
		public TerminalNode CONFLICT() { return getToken(CharterParser.CONFLICT, 0); }
		public TerminalNode VERSION() { return getToken(CharterParser.VERSION, 0); }
		public TerminalNode ROUTES() { return getToken(CharterParser.ROUTES, 0); }
		public TerminalNode PRIORITY() { return getToken(CharterParser.PRIORITY, 0); }
		public TerminalNode BECAUSE() { return getToken(CharterParser.BECAUSE, 0); }
		public TerminalNode INPUT() { return getToken(CharterParser.INPUT, 0); }
		public TerminalNode RELATION() { return getToken(CharterParser.RELATION, 0); }
		public TerminalNode UNLESS() { return getToken(CharterParser.UNLESS, 0); }
		public TerminalNode WHEN() { return getToken(CharterParser.WHEN, 0); }
		public TerminalNode STARTS_WITH() { return getToken(CharterParser.STARTS_WITH, 0); }
		public TerminalNode ENDS_WITH() { return getToken(CharterParser.ENDS_WITH, 0); }
		public TerminalNode CONTAINS() { return getToken(CharterParser.CONTAINS, 0); }
		public TerminalNode MATCHES() { return getToken(CharterParser.MATCHES, 0); }
		public IdentifierContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_identifier; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitIdentifier(this);
			else return visitor.visitChildren(this);
		}
	}

	public final IdentifierContext identifier() throws RecognitionException {
		IdentifierContext _localctx = new IdentifierContext(_ctx, getState());
		enterRule(_localctx, 68, RULE_identifier);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(447);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & -9223372028787093984L) != 0)) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class LiteralContext extends ParserRuleContext {
		public LiteralContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_literal; }
	 
		public LiteralContext() { }
		public void copyFrom(LiteralContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StringLiteralContext extends LiteralContext {
		public TerminalNode STRING() { return getToken(CharterParser.STRING, 0); }
		public StringLiteralContext(LiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitStringLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DateLiteralContext extends LiteralContext {
		public TerminalNode DATE() { return getToken(CharterParser.DATE, 0); }
		public DateLiteralContext(LiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitDateLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BooleanLiteralContext extends LiteralContext {
		public TerminalNode TRUE() { return getToken(CharterParser.TRUE, 0); }
		public TerminalNode FALSE() { return getToken(CharterParser.FALSE, 0); }
		public BooleanLiteralContext(LiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitBooleanLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NumberLiteralContext extends LiteralContext {
		public NumberContext number() {
			return getRuleContext(NumberContext.class,0);
		}
		public NumberLiteralContext(LiteralContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNumberLiteral(this);
			else return visitor.visitChildren(this);
		}
	}

	public final LiteralContext literal() throws RecognitionException {
		LiteralContext _localctx = new LiteralContext(_ctx, getState());
		enterRule(_localctx, 70, RULE_literal);
		int _la;
		try {
			setState(453);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case STRING:
				_localctx = new StringLiteralContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(449);
				match(STRING);
				}
				break;
			case DECIMAL:
			case INT:
				_localctx = new NumberLiteralContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(450);
				number();
				}
				break;
			case DATE:
				_localctx = new DateLiteralContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(451);
				match(DATE);
				}
				break;
			case TRUE:
			case FALSE:
				_localctx = new BooleanLiteralContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(452);
				_la = _input.LA(1);
				if ( !(_la==TRUE || _la==FALSE) ) {
				_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class NumberContext extends ParserRuleContext {
		public TerminalNode INT() { return getToken(CharterParser.INT, 0); }
		public TerminalNode DECIMAL() { return getToken(CharterParser.DECIMAL, 0); }
		public NumberContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_number; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof CharterVisitor ) return ((CharterVisitor<? extends T>)visitor).visitNumber(this);
			else return visitor.visitChildren(this);
		}
	}

	public final NumberContext number() throws RecognitionException {
		NumberContext _localctx = new NumberContext(_ctx, getState());
		enterRule(_localctx, 72, RULE_number);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(455);
			_la = _input.LA(1);
			if ( !(_la==DECIMAL || _la==INT) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	public boolean sempred(RuleContext _localctx, int ruleIndex, int predIndex) {
		switch (ruleIndex) {
		case 25:
			return expression_sempred((ExpressionContext)_localctx, predIndex);
		case 29:
			return sum_sempred((SumContext)_localctx, predIndex);
		}
		return true;
	}
	private boolean expression_sempred(ExpressionContext _localctx, int predIndex) {
		switch (predIndex) {
		case 0:
			return precpred(_ctx, 5);
		case 1:
			return precpred(_ctx, 4);
		case 2:
			return precpred(_ctx, 3);
		}
		return true;
	}
	private boolean sum_sempred(SumContext _localctx, int predIndex) {
		switch (predIndex) {
		case 3:
			return precpred(_ctx, 3);
		case 4:
			return precpred(_ctx, 2);
		}
		return true;
	}

	public static final String _serializedATN =
		"\u0004\u0001@\u01ca\u0002\u0000\u0007\u0000\u0002\u0001\u0007\u0001\u0002"+
		"\u0002\u0007\u0002\u0002\u0003\u0007\u0003\u0002\u0004\u0007\u0004\u0002"+
		"\u0005\u0007\u0005\u0002\u0006\u0007\u0006\u0002\u0007\u0007\u0007\u0002"+
		"\b\u0007\b\u0002\t\u0007\t\u0002\n\u0007\n\u0002\u000b\u0007\u000b\u0002"+
		"\f\u0007\f\u0002\r\u0007\r\u0002\u000e\u0007\u000e\u0002\u000f\u0007\u000f"+
		"\u0002\u0010\u0007\u0010\u0002\u0011\u0007\u0011\u0002\u0012\u0007\u0012"+
		"\u0002\u0013\u0007\u0013\u0002\u0014\u0007\u0014\u0002\u0015\u0007\u0015"+
		"\u0002\u0016\u0007\u0016\u0002\u0017\u0007\u0017\u0002\u0018\u0007\u0018"+
		"\u0002\u0019\u0007\u0019\u0002\u001a\u0007\u001a\u0002\u001b\u0007\u001b"+
		"\u0002\u001c\u0007\u001c\u0002\u001d\u0007\u001d\u0002\u001e\u0007\u001e"+
		"\u0002\u001f\u0007\u001f\u0002 \u0007 \u0002!\u0007!\u0002\"\u0007\"\u0002"+
		"#\u0007#\u0002$\u0007$\u0001\u0000\u0003\u0000L\b\u0000\u0001\u0000\u0005"+
		"\u0000O\b\u0000\n\u0000\f\u0000R\t\u0000\u0001\u0000\u0001\u0000\u0001"+
		"\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0005"+
		"\u0001\\\b\u0001\n\u0001\f\u0001_\t\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0002\u0001\u0002\u0001\u0002\u0001\u0003\u0001\u0003\u0001\u0003\u0001"+
		"\u0003\u0001\u0003\u0001\u0003\u0001\u0003\u0001\u0003\u0001\u0003\u0001"+
		"\u0003\u0003\u0003p\b\u0003\u0001\u0004\u0001\u0004\u0001\u0004\u0001"+
		"\u0004\u0001\u0004\u0001\u0004\u0005\u0004x\b\u0004\n\u0004\f\u0004{\t"+
		"\u0004\u0001\u0004\u0003\u0004~\b\u0004\u0001\u0004\u0001\u0004\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0003\u0005\u0085\b\u0005\u0001\u0005\u0001"+
		"\u0005\u0001\u0006\u0001\u0006\u0001\u0006\u0001\u0006\u0003\u0006\u008d"+
		"\b\u0006\u0001\u0006\u0001\u0006\u0001\u0007\u0003\u0007\u0092\b\u0007"+
		"\u0001\u0007\u0001\u0007\u0001\u0007\u0001\u0007\u0001\u0007\u0001\u0007"+
		"\u0005\u0007\u009a\b\u0007\n\u0007\f\u0007\u009d\t\u0007\u0001\u0007\u0001"+
		"\u0007\u0001\b\u0001\b\u0001\b\u0001\b\u0003\b\u00a5\b\b\u0001\b\u0005"+
		"\b\u00a8\b\b\n\b\f\b\u00ab\t\b\u0001\b\u0003\b\u00ae\b\b\u0001\b\u0001"+
		"\b\u0001\t\u0001\t\u0003\t\u00b4\b\t\u0001\t\u0005\t\u00b7\b\t\n\t\f\t"+
		"\u00ba\t\t\u0001\t\u0003\t\u00bd\b\t\u0001\n\u0001\n\u0001\n\u0001\n\u0001"+
		"\u000b\u0001\u000b\u0003\u000b\u00c5\b\u000b\u0001\f\u0001\f\u0003\f\u00c9"+
		"\b\f\u0001\r\u0001\r\u0001\r\u0001\r\u0001\r\u0005\r\u00d0\b\r\n\r\f\r"+
		"\u00d3\t\r\u0003\r\u00d5\b\r\u0001\r\u0001\r\u0001\u000e\u0001\u000e\u0001"+
		"\u000e\u0001\u000e\u0001\u000e\u0005\u000e\u00de\b\u000e\n\u000e\f\u000e"+
		"\u00e1\t\u000e\u0001\u000e\u0001\u000e\u0001\u000f\u0001\u000f\u0001\u000f"+
		"\u0001\u000f\u0001\u000f\u0001\u000f\u0001\u000f\u0003\u000f\u00ec\b\u000f"+
		"\u0001\u0010\u0001\u0010\u0001\u0010\u0001\u0010\u0001\u0010\u0001\u0010"+
		"\u0003\u0010\u00f4\b\u0010\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011"+
		"\u0001\u0011\u0001\u0011\u0001\u0011\u0003\u0011\u00fd\b\u0011\u0001\u0011"+
		"\u0001\u0011\u0003\u0011\u0101\b\u0011\u0001\u0011\u0001\u0011\u0003\u0011"+
		"\u0105\b\u0011\u0001\u0011\u0001\u0011\u0003\u0011\u0109\b\u0011\u0001"+
		"\u0011\u0001\u0011\u0003\u0011\u010d\b\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0012\u0001\u0012\u0001\u0013\u0001\u0013\u0001\u0013\u0001\u0013\u0001"+
		"\u0013\u0005\u0013\u0118\b\u0013\n\u0013\f\u0013\u011b\t\u0013\u0001\u0013"+
		"\u0003\u0013\u011e\b\u0013\u0001\u0013\u0001\u0013\u0003\u0013\u0122\b"+
		"\u0013\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0003"+
		"\u0014\u0129\b\u0014\u0003\u0014\u012b\b\u0014\u0001\u0015\u0003\u0015"+
		"\u012e\b\u0015\u0001\u0015\u0001\u0015\u0001\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0003\u0016\u0136\b\u0016\u0001\u0016\u0001\u0016\u0001\u0017"+
		"\u0001\u0017\u0001\u0017\u0001\u0017\u0001\u0017\u0003\u0017\u013f\b\u0017"+
		"\u0001\u0017\u0001\u0017\u0001\u0018\u0001\u0018\u0001\u0018\u0001\u0018"+
		"\u0001\u0018\u0001\u0018\u0001\u0019\u0001\u0019\u0001\u0019\u0001\u0019"+
		"\u0003\u0019\u014d\b\u0019\u0001\u0019\u0001\u0019\u0001\u0019\u0001\u0019"+
		"\u0001\u0019\u0001\u0019\u0001\u0019\u0001\u0019\u0001\u0019\u0005\u0019"+
		"\u0158\b\u0019\n\u0019\f\u0019\u015b\t\u0019\u0001\u001a\u0001\u001a\u0001"+
		"\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0003\u001a\u0163\b\u001a\u0001"+
		"\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0005\u001a\u016a"+
		"\b\u001a\n\u001a\f\u001a\u016d\t\u001a\u0001\u001a\u0003\u001a\u0170\b"+
		"\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0001"+
		"\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0001\u001a\u0003"+
		"\u001a\u017d\b\u001a\u0001\u001b\u0001\u001b\u0001\u001c\u0001\u001c\u0001"+
		"\u001d\u0001\u001d\u0001\u001d\u0001\u001d\u0003\u001d\u0187\b\u001d\u0001"+
		"\u001d\u0001\u001d\u0001\u001d\u0001\u001d\u0001\u001d\u0001\u001d\u0005"+
		"\u001d\u018f\b\u001d\n\u001d\f\u001d\u0192\t\u001d\u0001\u001e\u0001\u001e"+
		"\u0001\u001e\u0001\u001e\u0001\u001e\u0001\u001e\u0001\u001e\u0001\u001e"+
		"\u0001\u001e\u0005\u001e\u019d\b\u001e\n\u001e\f\u001e\u01a0\t\u001e\u0001"+
		"\u001e\u0001\u001e\u0001\u001e\u0001\u001e\u0001\u001e\u0001\u001e\u0001"+
		"\u001e\u0001\u001e\u0001\u001e\u0003\u001e\u01ab\b\u001e\u0001\u001f\u0001"+
		"\u001f\u0003\u001f\u01af\b\u001f\u0001 \u0003 \u01b2\b \u0001 \u0001 "+
		"\u0003 \u01b6\b \u0001!\u0001!\u0001!\u0005!\u01bb\b!\n!\f!\u01be\t!\u0001"+
		"\"\u0001\"\u0001#\u0001#\u0001#\u0001#\u0003#\u01c6\b#\u0001$\u0001$\u0001"+
		"$\u0000\u00022:%\u0000\u0002\u0004\u0006\b\n\f\u000e\u0010\u0012\u0014"+
		"\u0016\u0018\u001a\u001c\u001e \"$&(*,.02468:<>@BDFH\u0000\b\u0001\u0000"+
		"\r\u000f\u0001\u0000\',\u0001\u0000\u001e \u0001\u0000-.\u0002\u0000\u0007"+
		"\u0007!\"\u0006\u0000\u0005\u0005\t\u000b\u0010\u0014\u0016\u0017\u001d"+
		" ??\u0001\u0000#$\u0001\u00009:\u01f1\u0000K\u0001\u0000\u0000\u0000\u0002"+
		"U\u0001\u0000\u0000\u0000\u0004b\u0001\u0000\u0000\u0000\u0006o\u0001"+
		"\u0000\u0000\u0000\bq\u0001\u0000\u0000\u0000\n\u0081\u0001\u0000\u0000"+
		"\u0000\f\u0088\u0001\u0000\u0000\u0000\u000e\u0091\u0001\u0000\u0000\u0000"+
		"\u0010\u00a0\u0001\u0000\u0000\u0000\u0012\u00b1\u0001\u0000\u0000\u0000"+
		"\u0014\u00be\u0001\u0000\u0000\u0000\u0016\u00c4\u0001\u0000\u0000\u0000"+
		"\u0018\u00c8\u0001\u0000\u0000\u0000\u001a\u00ca\u0001\u0000\u0000\u0000"+
		"\u001c\u00d8\u0001\u0000\u0000\u0000\u001e\u00eb\u0001\u0000\u0000\u0000"+
		" \u00f3\u0001\u0000\u0000\u0000\"\u00f5\u0001\u0000\u0000\u0000$\u0110"+
		"\u0001\u0000\u0000\u0000&\u0121\u0001\u0000\u0000\u0000(\u012a\u0001\u0000"+
		"\u0000\u0000*\u012d\u0001\u0000\u0000\u0000,\u0131\u0001\u0000\u0000\u0000"+
		".\u0139\u0001\u0000\u0000\u00000\u0142\u0001\u0000\u0000\u00002\u014c"+
		"\u0001\u0000\u0000\u00004\u017c\u0001\u0000\u0000\u00006\u017e\u0001\u0000"+
		"\u0000\u00008\u0180\u0001\u0000\u0000\u0000:\u0186\u0001\u0000\u0000\u0000"+
		"<\u01aa\u0001\u0000\u0000\u0000>\u01ae\u0001\u0000\u0000\u0000@\u01b5"+
		"\u0001\u0000\u0000\u0000B\u01b7\u0001\u0000\u0000\u0000D\u01bf\u0001\u0000"+
		"\u0000\u0000F\u01c5\u0001\u0000\u0000\u0000H\u01c7\u0001\u0000\u0000\u0000"+
		"JL\u0003\u0002\u0001\u0000KJ\u0001\u0000\u0000\u0000KL\u0001\u0000\u0000"+
		"\u0000LP\u0001\u0000\u0000\u0000MO\u0003\u0006\u0003\u0000NM\u0001\u0000"+
		"\u0000\u0000OR\u0001\u0000\u0000\u0000PN\u0001\u0000\u0000\u0000PQ\u0001"+
		"\u0000\u0000\u0000QS\u0001\u0000\u0000\u0000RP\u0001\u0000\u0000\u0000"+
		"ST\u0005\u0000\u0000\u0001T\u0001\u0001\u0000\u0000\u0000UV\u0005\u0004"+
		"\u0000\u0000VW\u0005;\u0000\u0000WX\u0005\u0005\u0000\u0000XY\u0005:\u0000"+
		"\u0000Y]\u00050\u0000\u0000Z\\\u0003\u0004\u0002\u0000[Z\u0001\u0000\u0000"+
		"\u0000\\_\u0001\u0000\u0000\u0000][\u0001\u0000\u0000\u0000]^\u0001\u0000"+
		"\u0000\u0000^`\u0001\u0000\u0000\u0000_]\u0001\u0000\u0000\u0000`a\u0005"+
		"1\u0000\u0000a\u0003\u0001\u0000\u0000\u0000bc\u0003D\"\u0000cd\u0003"+
		"F#\u0000d\u0005\u0001\u0000\u0000\u0000ep\u0003\b\u0004\u0000fp\u0003"+
		"\n\u0005\u0000gp\u0003\f\u0006\u0000hp\u0003\u000e\u0007\u0000ip\u0003"+
		"\u0010\b\u0000jp\u0003\u001a\r\u0000kp\u0003\"\u0011\u0000lp\u0003,\u0016"+
		"\u0000mp\u0003.\u0017\u0000np\u00030\u0018\u0000oe\u0001\u0000\u0000\u0000"+
		"of\u0001\u0000\u0000\u0000og\u0001\u0000\u0000\u0000oh\u0001\u0000\u0000"+
		"\u0000oi\u0001\u0000\u0000\u0000oj\u0001\u0000\u0000\u0000ok\u0001\u0000"+
		"\u0000\u0000ol\u0001\u0000\u0000\u0000om\u0001\u0000\u0000\u0000on\u0001"+
		"\u0000\u0000\u0000p\u0007\u0001\u0000\u0000\u0000qr\u0005\u0006\u0000"+
		"\u0000rs\u0003\u0018\f\u0000st\u00050\u0000\u0000ty\u0003D\"\u0000uv\u0005"+
		"4\u0000\u0000vx\u0003D\"\u0000wu\u0001\u0000\u0000\u0000x{\u0001\u0000"+
		"\u0000\u0000yw\u0001\u0000\u0000\u0000yz\u0001\u0000\u0000\u0000z}\u0001"+
		"\u0000\u0000\u0000{y\u0001\u0000\u0000\u0000|~\u00054\u0000\u0000}|\u0001"+
		"\u0000\u0000\u0000}~\u0001\u0000\u0000\u0000~\u007f\u0001\u0000\u0000"+
		"\u0000\u007f\u0080\u00051\u0000\u0000\u0080\t\u0001\u0000\u0000\u0000"+
		"\u0081\u0082\u0005\u0007\u0000\u0000\u0082\u0084\u00050\u0000\u0000\u0083"+
		"\u0085\u0003\u0012\t\u0000\u0084\u0083\u0001\u0000\u0000\u0000\u0084\u0085"+
		"\u0001\u0000\u0000\u0000\u0085\u0086\u0001\u0000\u0000\u0000\u0086\u0087"+
		"\u00051\u0000\u0000\u0087\u000b\u0001\u0000\u0000\u0000\u0088\u0089\u0005"+
		"\b\u0000\u0000\u0089\u008a\u0003B!\u0000\u008a\u008c\u00050\u0000\u0000"+
		"\u008b\u008d\u0003\u0012\t\u0000\u008c\u008b\u0001\u0000\u0000\u0000\u008c"+
		"\u008d\u0001\u0000\u0000\u0000\u008d\u008e\u0001\u0000\u0000\u0000\u008e"+
		"\u008f\u00051\u0000\u0000\u008f\r\u0001\u0000\u0000\u0000\u0090\u0092"+
		"\u0005\t\u0000\u0000\u0091\u0090\u0001\u0000\u0000\u0000\u0091\u0092\u0001"+
		"\u0000\u0000\u0000\u0092\u0093\u0001\u0000\u0000\u0000\u0093\u0094\u0005"+
		"\n\u0000\u0000\u0094\u0095\u0003D\"\u0000\u0095\u0096\u00052\u0000\u0000"+
		"\u0096\u009b\u0003\u0014\n\u0000\u0097\u0098\u00054\u0000\u0000\u0098"+
		"\u009a\u0003\u0014\n\u0000\u0099\u0097\u0001\u0000\u0000\u0000\u009a\u009d"+
		"\u0001\u0000\u0000\u0000\u009b\u0099\u0001\u0000\u0000\u0000\u009b\u009c"+
		"\u0001\u0000\u0000\u0000\u009c\u009e\u0001\u0000\u0000\u0000\u009d\u009b"+
		"\u0001\u0000\u0000\u0000\u009e\u009f\u00053\u0000\u0000\u009f\u000f\u0001"+
		"\u0000\u0000\u0000\u00a0\u00a1\u0005\u000b\u0000\u0000\u00a1\u00a2\u0005"+
		"0\u0000\u0000\u00a2\u00a9\u0005;\u0000\u0000\u00a3\u00a5\u00054\u0000"+
		"\u0000\u00a4\u00a3\u0001\u0000\u0000\u0000\u00a4\u00a5\u0001\u0000\u0000"+
		"\u0000\u00a5\u00a6\u0001\u0000\u0000\u0000\u00a6\u00a8\u0005;\u0000\u0000"+
		"\u00a7\u00a4\u0001\u0000\u0000\u0000\u00a8\u00ab\u0001\u0000\u0000\u0000"+
		"\u00a9\u00a7\u0001\u0000\u0000\u0000\u00a9\u00aa\u0001\u0000\u0000\u0000"+
		"\u00aa\u00ad\u0001\u0000\u0000\u0000\u00ab\u00a9\u0001\u0000\u0000\u0000"+
		"\u00ac\u00ae\u00054\u0000\u0000\u00ad\u00ac\u0001\u0000\u0000\u0000\u00ad"+
		"\u00ae\u0001\u0000\u0000\u0000\u00ae\u00af\u0001\u0000\u0000\u0000\u00af"+
		"\u00b0\u00051\u0000\u0000\u00b0\u0011\u0001\u0000\u0000\u0000\u00b1\u00b8"+
		"\u0003\u0014\n\u0000\u00b2\u00b4\u00054\u0000\u0000\u00b3\u00b2\u0001"+
		"\u0000\u0000\u0000\u00b3\u00b4\u0001\u0000\u0000\u0000\u00b4\u00b5\u0001"+
		"\u0000\u0000\u0000\u00b5\u00b7\u0003\u0014\n\u0000\u00b6\u00b3\u0001\u0000"+
		"\u0000\u0000\u00b7\u00ba\u0001\u0000\u0000\u0000\u00b8\u00b6\u0001\u0000"+
		"\u0000\u0000\u00b8\u00b9\u0001\u0000\u0000\u0000\u00b9\u00bc\u0001\u0000"+
		"\u0000\u0000\u00ba\u00b8\u0001\u0000\u0000\u0000\u00bb\u00bd\u00054\u0000"+
		"\u0000\u00bc\u00bb\u0001\u0000\u0000\u0000\u00bc\u00bd\u0001\u0000\u0000"+
		"\u0000\u00bd\u0013\u0001\u0000\u0000\u0000\u00be\u00bf\u0003D\"\u0000"+
		"\u00bf\u00c0\u00055\u0000\u0000\u00c0\u00c1\u0003\u0016\u000b\u0000\u00c1"+
		"\u0015\u0001\u0000\u0000\u0000\u00c2\u00c5\u0003\u0018\f\u0000\u00c3\u00c5"+
		"\u0005\b\u0000\u0000\u00c4\u00c2\u0001\u0000\u0000\u0000\u00c4\u00c3\u0001"+
		"\u0000\u0000\u0000\u00c5\u0017\u0001\u0000\u0000\u0000\u00c6\u00c9\u0005"+
		">\u0000\u0000\u00c7\u00c9\u0003D\"\u0000\u00c8\u00c6\u0001\u0000\u0000"+
		"\u0000\u00c8\u00c7\u0001\u0000\u0000\u0000\u00c9\u0019\u0001\u0000\u0000"+
		"\u0000\u00ca\u00d4\u0003\u001c\u000e\u0000\u00cb\u00cc\u0005%\u0000\u0000"+
		"\u00cc\u00d1\u0003\u001e\u000f\u0000\u00cd\u00ce\u00054\u0000\u0000\u00ce"+
		"\u00d0\u0003\u001e\u000f\u0000\u00cf\u00cd\u0001\u0000\u0000\u0000\u00d0"+
		"\u00d3\u0001\u0000\u0000\u0000\u00d1\u00cf\u0001\u0000\u0000\u0000\u00d1"+
		"\u00d2\u0001\u0000\u0000\u0000\u00d2\u00d5\u0001\u0000\u0000\u0000\u00d3"+
		"\u00d1\u0001\u0000\u0000\u0000\u00d4\u00cb\u0001\u0000\u0000\u0000\u00d4"+
		"\u00d5\u0001\u0000\u0000\u0000\u00d5\u00d6\u0001\u0000\u0000\u0000\u00d6"+
		"\u00d7\u00057\u0000\u0000\u00d7\u001b\u0001\u0000\u0000\u0000\u00d8\u00d9"+
		"\u0003D\"\u0000\u00d9\u00da\u00052\u0000\u0000\u00da\u00df\u0003 \u0010"+
		"\u0000\u00db\u00dc\u00054\u0000\u0000\u00dc\u00de\u0003 \u0010\u0000\u00dd"+
		"\u00db\u0001\u0000\u0000\u0000\u00de\u00e1\u0001\u0000\u0000\u0000\u00df"+
		"\u00dd\u0001\u0000\u0000\u0000\u00df\u00e0\u0001\u0000\u0000\u0000\u00e0"+
		"\u00e2\u0001\u0000\u0000\u0000\u00e1\u00df\u0001\u0000\u0000\u0000\u00e2"+
		"\u00e3\u00053\u0000\u0000\u00e3\u001d\u0001\u0000\u0000\u0000\u00e4\u00ec"+
		"\u0003\u001c\u000e\u0000\u00e5\u00e6\u0005\u001b\u0000\u0000\u00e6\u00ec"+
		"\u0003\u001c\u000e\u0000\u00e7\u00e8\u0003 \u0010\u0000\u00e8\u00e9\u0003"+
		"6\u001b\u0000\u00e9\u00ea\u0003 \u0010\u0000\u00ea\u00ec\u0001\u0000\u0000"+
		"\u0000\u00eb\u00e4\u0001\u0000\u0000\u0000\u00eb\u00e5\u0001\u0000\u0000"+
		"\u0000\u00eb\u00e7\u0001\u0000\u0000\u0000\u00ec\u001f\u0001\u0000\u0000"+
		"\u0000\u00ed\u00f4\u0005>\u0000\u0000\u00ee\u00f4\u0005=\u0000\u0000\u00ef"+
		"\u00f4\u0003B!\u0000\u00f0\u00f4\u0003F#\u0000\u00f1\u00f2\u0005.\u0000"+
		"\u0000\u00f2\u00f4\u0003H$\u0000\u00f3\u00ed\u0001\u0000\u0000\u0000\u00f3"+
		"\u00ee\u0001\u0000\u0000\u0000\u00f3\u00ef\u0001\u0000\u0000\u0000\u00f3"+
		"\u00f0\u0001\u0000\u0000\u0000\u00f3\u00f1\u0001\u0000\u0000\u0000\u00f4"+
		"!\u0001\u0000\u0000\u0000\u00f5\u00f6\u0005\f\u0000\u0000\u00f6\u00f7"+
		"\u0003D\"\u0000\u00f7\u00f8\u00055\u0000\u0000\u00f8\u00f9\u0003$\u0012"+
		"\u0000\u00f9\u00fc\u0003&\u0013\u0000\u00fa\u00fb\u0005\u0010\u0000\u0000"+
		"\u00fb\u00fd\u0005;\u0000\u0000\u00fc\u00fa\u0001\u0000\u0000\u0000\u00fc"+
		"\u00fd\u0001\u0000\u0000\u0000\u00fd\u0100\u0001\u0000\u0000\u0000\u00fe"+
		"\u00ff\u0005\u0011\u0000\u0000\u00ff\u0101\u00032\u0019\u0000\u0100\u00fe"+
		"\u0001\u0000\u0000\u0000\u0100\u0101\u0001\u0000\u0000\u0000\u0101\u0104"+
		"\u0001\u0000\u0000\u0000\u0102\u0103\u0005\u0012\u0000\u0000\u0103\u0105"+
		"\u00032\u0019\u0000\u0104\u0102\u0001\u0000\u0000\u0000\u0104\u0105\u0001"+
		"\u0000\u0000\u0000\u0105\u0108\u0001\u0000\u0000\u0000\u0106\u0107\u0005"+
		"\u0013\u0000\u0000\u0107\u0109\u0003*\u0015\u0000\u0108\u0106\u0001\u0000"+
		"\u0000\u0000\u0108\u0109\u0001\u0000\u0000\u0000\u0109\u010c\u0001\u0000"+
		"\u0000\u0000\u010a\u010b\u0005\u0014\u0000\u0000\u010b\u010d\u0005;\u0000"+
		"\u0000\u010c\u010a\u0001\u0000\u0000\u0000\u010c\u010d\u0001\u0000\u0000"+
		"\u0000\u010d\u010e\u0001\u0000\u0000\u0000\u010e\u010f\u00056\u0000\u0000"+
		"\u010f#\u0001\u0000\u0000\u0000\u0110\u0111\u0007\u0000\u0000\u0000\u0111"+
		"%\u0001\u0000\u0000\u0000\u0112\u0122\u0003(\u0014\u0000\u0113\u0114\u0005"+
		"0\u0000\u0000\u0114\u0119\u0003(\u0014\u0000\u0115\u0116\u00054\u0000"+
		"\u0000\u0116\u0118\u0003(\u0014\u0000\u0117\u0115\u0001\u0000\u0000\u0000"+
		"\u0118\u011b\u0001\u0000\u0000\u0000\u0119\u0117\u0001\u0000\u0000\u0000"+
		"\u0119\u011a\u0001\u0000\u0000\u0000\u011a\u011d\u0001\u0000\u0000\u0000"+
		"\u011b\u0119\u0001\u0000\u0000\u0000\u011c\u011e\u00054\u0000\u0000\u011d"+
		"\u011c\u0001\u0000\u0000\u0000\u011d\u011e\u0001\u0000\u0000\u0000\u011e"+
		"\u011f\u0001\u0000\u0000\u0000\u011f\u0120\u00051\u0000\u0000\u0120\u0122"+
		"\u0001\u0000\u0000\u0000\u0121\u0112\u0001\u0000\u0000\u0000\u0121\u0113"+
		"\u0001\u0000\u0000\u0000\u0122\'\u0001\u0000\u0000\u0000\u0123\u012b\u0005"+
		"/\u0000\u0000\u0124\u0128\u0003B!\u0000\u0125\u0126\u00057\u0000\u0000"+
		"\u0126\u0129\u0005/\u0000\u0000\u0127\u0129\u0005/\u0000\u0000\u0128\u0125"+
		"\u0001\u0000\u0000\u0000\u0128\u0127\u0001\u0000\u0000\u0000\u0128\u0129"+
		"\u0001\u0000\u0000\u0000\u0129\u012b\u0001\u0000\u0000\u0000\u012a\u0123"+
		"\u0001\u0000\u0000\u0000\u012a\u0124\u0001\u0000\u0000\u0000\u012b)\u0001"+
		"\u0000\u0000\u0000\u012c\u012e\u0005.\u0000\u0000\u012d\u012c\u0001\u0000"+
		"\u0000\u0000\u012d\u012e\u0001\u0000\u0000\u0000\u012e\u012f\u0001\u0000"+
		"\u0000\u0000\u012f\u0130\u0003F#\u0000\u0130+\u0001\u0000\u0000\u0000"+
		"\u0131\u0132\u0005\u0015\u0000\u0000\u0132\u0135\u0003$\u0012\u0000\u0133"+
		"\u0134\u0005\u0010\u0000\u0000\u0134\u0136\u0005;\u0000\u0000\u0135\u0133"+
		"\u0001\u0000\u0000\u0000\u0135\u0136\u0001\u0000\u0000\u0000\u0136\u0137"+
		"\u0001\u0000\u0000\u0000\u0137\u0138\u00056\u0000\u0000\u0138-\u0001\u0000"+
		"\u0000\u0000\u0139\u013a\u0005\u0016\u0000\u0000\u013a\u013b\u0005\u0017"+
		"\u0000\u0000\u013b\u013e\u0003$\u0012\u0000\u013c\u013d\u0005\u0010\u0000"+
		"\u0000\u013d\u013f\u0005;\u0000\u0000\u013e\u013c\u0001\u0000\u0000\u0000"+
		"\u013e\u013f\u0001\u0000\u0000\u0000\u013f\u0140\u0001\u0000\u0000\u0000"+
		"\u0140\u0141\u00056\u0000\u0000\u0141/\u0001\u0000\u0000\u0000\u0142\u0143"+
		"\u0005\u0018\u0000\u0000\u0143\u0144\u0003D\"\u0000\u0144\u0145\u0005"+
		"5\u0000\u0000\u0145\u0146\u00032\u0019\u0000\u0146\u0147\u00056\u0000"+
		"\u0000\u01471\u0001\u0000\u0000\u0000\u0148\u0149\u0006\u0019\uffff\uffff"+
		"\u0000\u0149\u014a\u0005\u001b\u0000\u0000\u014a\u014d\u00032\u0019\u0002"+
		"\u014b\u014d\u00034\u001a\u0000\u014c\u0148\u0001\u0000\u0000\u0000\u014c"+
		"\u014b\u0001\u0000\u0000\u0000\u014d\u0159\u0001\u0000\u0000\u0000\u014e"+
		"\u014f\n\u0005\u0000\u0000\u014f\u0150\u0005&\u0000\u0000\u0150\u0158"+
		"\u00032\u0019\u0005\u0151\u0152\n\u0004\u0000\u0000\u0152\u0153\u0005"+
		"\u001a\u0000\u0000\u0153\u0158\u00032\u0019\u0005\u0154\u0155\n\u0003"+
		"\u0000\u0000\u0155\u0156\u0005\u0019\u0000\u0000\u0156\u0158\u00032\u0019"+
		"\u0004\u0157\u014e\u0001\u0000\u0000\u0000\u0157\u0151\u0001\u0000\u0000"+
		"\u0000\u0157\u0154\u0001\u0000\u0000\u0000\u0158\u015b\u0001\u0000\u0000"+
		"\u0000\u0159\u0157\u0001\u0000\u0000\u0000\u0159\u015a\u0001\u0000\u0000"+
		"\u0000\u015a3\u0001\u0000\u0000\u0000\u015b\u0159\u0001\u0000\u0000\u0000"+
		"\u015c\u015d\u0003:\u001d\u0000\u015d\u015e\u00036\u001b\u0000\u015e\u015f"+
		"\u0003:\u001d\u0000\u015f\u017d\u0001\u0000\u0000\u0000\u0160\u0162\u0003"+
		":\u001d\u0000\u0161\u0163\u0005\u001b\u0000\u0000\u0162\u0161\u0001\u0000"+
		"\u0000\u0000\u0162\u0163\u0001\u0000\u0000\u0000\u0163\u0164\u0001\u0000"+
		"\u0000\u0000\u0164\u0165\u0005\u001c\u0000\u0000\u0165\u0166\u00050\u0000"+
		"\u0000\u0166\u016b\u0003@ \u0000\u0167\u0168\u00054\u0000\u0000\u0168"+
		"\u016a\u0003@ \u0000\u0169\u0167\u0001\u0000\u0000\u0000\u016a\u016d\u0001"+
		"\u0000\u0000\u0000\u016b\u0169\u0001\u0000\u0000\u0000\u016b\u016c\u0001"+
		"\u0000\u0000\u0000\u016c\u016f\u0001\u0000\u0000\u0000\u016d\u016b\u0001"+
		"\u0000\u0000\u0000\u016e\u0170\u00054\u0000\u0000\u016f\u016e\u0001\u0000"+
		"\u0000\u0000\u016f\u0170\u0001\u0000\u0000\u0000\u0170\u0171\u0001\u0000"+
		"\u0000\u0000\u0171\u0172\u00051\u0000\u0000\u0172\u017d\u0001\u0000\u0000"+
		"\u0000\u0173\u0174\u0003:\u001d\u0000\u0174\u0175\u0005\u001d\u0000\u0000"+
		"\u0175\u0176\u0005<\u0000\u0000\u0176\u017d\u0001\u0000\u0000\u0000\u0177"+
		"\u0178\u0003:\u001d\u0000\u0178\u0179\u00038\u001c\u0000\u0179\u017a\u0003"+
		":\u001d\u0000\u017a\u017d\u0001\u0000\u0000\u0000\u017b\u017d\u0003:\u001d"+
		"\u0000\u017c\u015c\u0001\u0000\u0000\u0000\u017c\u0160\u0001\u0000\u0000"+
		"\u0000\u017c\u0173\u0001\u0000\u0000\u0000\u017c\u0177\u0001\u0000\u0000"+
		"\u0000\u017c\u017b\u0001\u0000\u0000\u0000\u017d5\u0001\u0000\u0000\u0000"+
		"\u017e\u017f\u0007\u0001\u0000\u0000\u017f7\u0001\u0000\u0000\u0000\u0180"+
		"\u0181\u0007\u0002\u0000\u0000\u01819\u0001\u0000\u0000\u0000\u0182\u0183"+
		"\u0006\u001d\uffff\uffff\u0000\u0183\u0184\u0005.\u0000\u0000\u0184\u0187"+
		"\u0003:\u001d\u0004\u0185\u0187\u0003<\u001e\u0000\u0186\u0182\u0001\u0000"+
		"\u0000\u0000\u0186\u0185\u0001\u0000\u0000\u0000\u0187\u0190\u0001\u0000"+
		"\u0000\u0000\u0188\u0189\n\u0003\u0000\u0000\u0189\u018a\u0005/\u0000"+
		"\u0000\u018a\u018f\u0003:\u001d\u0004\u018b\u018c\n\u0002\u0000\u0000"+
		"\u018c\u018d\u0007\u0003\u0000\u0000\u018d\u018f\u0003:\u001d\u0003\u018e"+
		"\u0188\u0001\u0000\u0000\u0000\u018e\u018b\u0001\u0000\u0000\u0000\u018f"+
		"\u0192\u0001\u0000\u0000\u0000\u0190\u018e\u0001\u0000\u0000\u0000\u0190"+
		"\u0191\u0001\u0000\u0000\u0000\u0191;\u0001\u0000\u0000\u0000\u0192\u0190"+
		"\u0001\u0000\u0000\u0000\u0193\u0194\u00052\u0000\u0000\u0194\u0195\u0003"+
		"2\u0019\u0000\u0195\u0196\u00053\u0000\u0000\u0196\u01ab\u0001\u0000\u0000"+
		"\u0000\u0197\u0198\u0003D\"\u0000\u0198\u0199\u00052\u0000\u0000\u0199"+
		"\u019e\u0003>\u001f\u0000\u019a\u019b\u00054\u0000\u0000\u019b\u019d\u0003"+
		">\u001f\u0000\u019c\u019a\u0001\u0000\u0000\u0000\u019d\u01a0\u0001\u0000"+
		"\u0000\u0000\u019e\u019c\u0001\u0000\u0000\u0000\u019e\u019f\u0001\u0000"+
		"\u0000\u0000\u019f\u01a1\u0001\u0000\u0000\u0000\u01a0\u019e\u0001\u0000"+
		"\u0000\u0000\u01a1\u01a2\u00053\u0000\u0000\u01a2\u01ab\u0001\u0000\u0000"+
		"\u0000\u01a3\u01a4\u0007\u0004\u0000\u0000\u01a4\u01a5\u00057\u0000\u0000"+
		"\u01a5\u01ab\u0003D\"\u0000\u01a6\u01ab\u0005\b\u0000\u0000\u01a7\u01ab"+
		"\u0003$\u0012\u0000\u01a8\u01ab\u0003F#\u0000\u01a9\u01ab\u0003B!\u0000"+
		"\u01aa\u0193\u0001\u0000\u0000\u0000\u01aa\u0197\u0001\u0000\u0000\u0000"+
		"\u01aa\u01a3\u0001\u0000\u0000\u0000\u01aa\u01a6\u0001\u0000\u0000\u0000"+
		"\u01aa\u01a7\u0001\u0000\u0000\u0000\u01aa\u01a8\u0001\u0000\u0000\u0000"+
		"\u01aa\u01a9\u0001\u0000\u0000\u0000\u01ab=\u0001\u0000\u0000\u0000\u01ac"+
		"\u01af\u0005=\u0000\u0000\u01ad\u01af\u00032\u0019\u0000\u01ae\u01ac\u0001"+
		"\u0000\u0000\u0000\u01ae\u01ad\u0001\u0000\u0000\u0000\u01af?\u0001\u0000"+
		"\u0000\u0000\u01b0\u01b2\u0005.\u0000\u0000\u01b1\u01b0\u0001\u0000\u0000"+
		"\u0000\u01b1\u01b2\u0001\u0000\u0000\u0000\u01b2\u01b3\u0001\u0000\u0000"+
		"\u0000\u01b3\u01b6\u0003F#\u0000\u01b4\u01b6\u0003B!\u0000\u01b5\u01b1"+
		"\u0001\u0000\u0000\u0000\u01b5\u01b4\u0001\u0000\u0000\u0000\u01b6A\u0001"+
		"\u0000\u0000\u0000\u01b7\u01bc\u0003D\"\u0000\u01b8\u01b9\u00057\u0000"+
		"\u0000\u01b9\u01bb\u0003D\"\u0000\u01ba\u01b8\u0001\u0000\u0000\u0000"+
		"\u01bb\u01be\u0001\u0000\u0000\u0000\u01bc\u01ba\u0001\u0000\u0000\u0000"+
		"\u01bc\u01bd\u0001\u0000\u0000\u0000\u01bdC\u0001\u0000\u0000\u0000\u01be"+
		"\u01bc\u0001\u0000\u0000\u0000\u01bf\u01c0\u0007\u0005\u0000\u0000\u01c0"+
		"E\u0001\u0000\u0000\u0000\u01c1\u01c6\u0005;\u0000\u0000\u01c2\u01c6\u0003"+
		"H$\u0000\u01c3\u01c6\u00058\u0000\u0000\u01c4\u01c6\u0007\u0006\u0000"+
		"\u0000\u01c5\u01c1\u0001\u0000\u0000\u0000\u01c5\u01c2\u0001\u0000\u0000"+
		"\u0000\u01c5\u01c3\u0001\u0000\u0000\u0000\u01c5\u01c4\u0001\u0000\u0000"+
		"\u0000\u01c6G\u0001\u0000\u0000\u0000\u01c7\u01c8\u0007\u0007\u0000\u0000"+
		"\u01c8I\u0001\u0000\u0000\u00005KP]oy}\u0084\u008c\u0091\u009b\u00a4\u00a9"+
		"\u00ad\u00b3\u00b8\u00bc\u00c4\u00c8\u00d1\u00d4\u00df\u00eb\u00f3\u00fc"+
		"\u0100\u0104\u0108\u010c\u0119\u011d\u0121\u0128\u012a\u012d\u0135\u013e"+
		"\u014c\u0157\u0159\u0162\u016b\u016f\u017c\u0186\u018e\u0190\u019e\u01aa"+
		"\u01ae\u01b1\u01b5\u01bc\u01c5";
	public static final ATN _ATN =
		new ATNDeserializer().deserialize(_serializedATN.toCharArray());
	static {
		_decisionToDFA = new DFA[_ATN.getNumberOfDecisions()];
		for (int i = 0; i < _ATN.getNumberOfDecisions(); i++) {
			_decisionToDFA[i] = new DFA(_ATN.getDecisionState(i), i);
		}
	}
}