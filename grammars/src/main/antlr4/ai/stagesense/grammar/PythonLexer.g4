/*
 * StageSense Python 3.12 lexer (notebook-aware, error-tolerant).
 *
 * INDENT/DEDENT, implicit line joining inside brackets, blank-line skipping, f-string scanning
 * and IPython magics are handled in PythonLexerBase, because they depend on state a lexer rule cannot see.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Must precede '%' and '!=': a magic or shell escape only where a statement (or an assignment's value) may start.
MAGIC : ('%' | '!') {atMagicPosition()}? ~[\r\n]* {consumeCellMagicBody();} ;

// f-strings may nest quotes and braces (PEP 701); the base class scans them as one STRING token.
FSTRING_START
    : ([fF] | [fF][rR] | [rR][fF]) ('"""' | '\'\'\'' | '"' | '\'') {scanFString();} -> type(STRING)
    ;

// Long strings are scanned by the base class so an unterminated one runs to the end of the input
// instead of breaking the rest of the file into garbage tokens.
LONG_STRING_START
    : STRING_PREFIX? ('"""' | '\'\'\'') {scanLongString();} -> type(STRING)
    ;

STRING
    : STRING_PREFIX? SHORT_STRING
    ;

// An unterminated string keeps the rest of the line as a string so the statement still has a shape.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' ( ~[\\\r\n'] | '\\' . )* | '"' ( ~[\\\r\n"] | '\\' . )* )
    ;

NUMBER
    : INTEGER
    | FLOAT_NUMBER
    | IMAG_NUMBER
    ;

FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CASE     : 'case';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
MATCH    : 'match';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
TYPE     : 'type';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

NEWLINE : ( '\r'? '\n' | '\r' | '\f' ) [ \t\f]* ;

NAME : ID_START ID_CONTINUE* ;

ELLIPSIS    : '...';
DOT         : '.';
STAR        : '*';
OPEN_PAREN  : '(' ;
CLOSE_PAREN : ')' ;
COMMA       : ',';
COLON       : ':';
SEMI_COLON  : ';';
POWER       : '**';
ASSIGN      : '=';
OPEN_BRACK  : '[' ;
CLOSE_BRACK : ']' ;
OR_OP       : '|';
XOR         : '^';
AND_OP      : '&';
LEFT_SHIFT  : '<<';
RIGHT_SHIFT : '>>';
ADD         : '+';
MINUS       : '-';
DIV         : '/';
MOD         : '%';
IDIV        : '//';
NOT_OP      : '~';
OPEN_BRACE  : '{' ;
CLOSE_BRACE : '}' ;
LESS_THAN   : '<';
GREATER_THAN: '>';
EQUALS      : '==';
GT_EQ       : '>=';
LT_EQ       : '<=';
NOT_EQ_1    : '<>';
NOT_EQ_2    : '!=';
AT          : '@';
ARROW       : '->';
WALRUS      : ':=';
QUESTION    : '?';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN   : '@=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
LEFT_SHIFT_ASSIGN  : '<<=';
RIGHT_SHIFT_ASSIGN : '>>=';
POWER_ASSIGN       : '**=';
IDIV_ASSIGN        : '//=';

SKIP_ : ( SPACES | COMMENT | LINE_JOINING ) -> channel(HIDDEN) ;

// Anything else (a stray '$' or '`') becomes a token the parser reports, instead of a lexer failure.
ERROR_CHAR : . ;

fragment STRING_PREFIX : [rR] | [uU] | [bB] | [bB][rR] | [rR][bB] ;

fragment SHORT_STRING
    : '\'' ( STRING_ESCAPE_SEQ | ~[\\\r\n\f'] )* '\''
    | '"' ( STRING_ESCAPE_SEQ | ~[\\\r\n\f"] )* '"'
    ;

fragment STRING_ESCAPE_SEQ : '\\' . | '\\' NEWLINE_CHARS ;

fragment NEWLINE_CHARS : '\r'? '\n' | '\r' ;

fragment INTEGER
    : DEC_INTEGER
    | '0' [oO] ('_'? [0-7])+
    | '0' [xX] ('_'? [0-9a-fA-F])+
    | '0' [bB] ('_'? [01])+
    ;

fragment DEC_INTEGER : [1-9] ('_'? [0-9])* | '0'+ ('_'? '0')* | [0-9]+ ;

fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT  : DIGIT_PART? FRACTION | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) EXPONENT ;
fragment DIGIT_PART : [0-9] ('_'? [0-9])* ;
fragment FRACTION : '.' DIGIT_PART ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;

fragment SPACES : [ \t]+ ;
fragment COMMENT : '#' ~[\r\n\f]* ;
fragment LINE_JOINING : '\\' [ \t]* ( '\r'? '\n' | '\r' | '\f' ) ;

fragment ID_START : [\p{L}\p{Nl}_] ;
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7] ;
