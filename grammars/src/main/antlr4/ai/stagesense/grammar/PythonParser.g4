/*
 * StageSense Python 3.12 parser.
 *
 * Deliberately a little more permissive than CPython (e.g. parameter order is not enforced) because code under a
 * cursor is often unfinished; what matters is a faithful tree for valid code and a useful one for broken code.
 * Soft keywords (match, case, type) are NAMEs wherever a name may stand: see `name`.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : ( NEWLINE | statement )* EOF ;

statement : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt ( SEMI_COLON simple_stmt )* SEMI_COLON? NEWLINE ;

simple_stmt
    : type_stmt
    | expr_stmt
    | help_stmt
    | del_stmt
    | pass_stmt
    | flow_stmt
    | import_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

// IPython: `?obj` and `obj?` ask for help; `x = !ls` captures shell output (MAGIC is an atom).
expr_stmt
    : testlist_star_expr
      ( annassign
      | augassign ( yield_expr | testlist )
      | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
      )
      QUESTION*
    ;

help_stmt : QUESTION+ testlist_star_expr ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN | OR_ASSIGN
    | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
    ;

type_stmt : TYPE name type_params? ASSIGN test ;

del_stmt : DEL exprlist ;

pass_stmt : PASS ;

flow_stmt
    : BREAK                                     # break_stmt
    | CONTINUE                                  # continue_stmt
    | RETURN testlist_star_expr?                # return_stmt
    | RAISE ( test ( FROM test )? )?            # raise_stmt
    | yield_expr                                # yield_stmt
    ;

import_stmt : import_name | import_from ;

import_name : IMPORT dotted_as_names ;

import_from
    : FROM ( DOT | ELLIPSIS )* dotted_name IMPORT import_targets
    | FROM ( DOT | ELLIPSIS )+ IMPORT import_targets
    ;

import_targets
    : STAR
    | OPEN_PAREN import_as_names CLOSE_PAREN
    | import_as_names
    ;

import_as_name : name ( AS name )? ;

dotted_as_name : dotted_name ( AS name )? ;

import_as_names : import_as_name ( COMMA import_as_name )* COMMA? ;

dotted_as_names : dotted_as_name ( COMMA dotted_as_name )* ;

dotted_name : name ( DOT name )* ;

global_stmt : GLOBAL name ( COMMA name )* ;

nonlocal_stmt : NONLOCAL name ( COMMA name )* ;

assert_stmt : ASSERT test ( COMMA test )? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

async_stmt : ASYNC ( funcdef | with_stmt | for_stmt ) ;

if_stmt : IF namedexpr_test COLON block elif_clause* else_clause? ;

elif_clause : ELIF namedexpr_test COLON block ;

else_clause : ELSE COLON block ;

while_stmt : WHILE namedexpr_test COLON block else_clause? ;

for_stmt : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt
    : TRY COLON block
      ( except_clause+ else_clause? finally_clause?
      | finally_clause
      )
    ;

except_clause : EXCEPT STAR? ( test ( AS name )? )? COLON block ;

finally_clause : FINALLY COLON block ;

with_stmt
    : WITH OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN COLON block
    | WITH with_item ( COMMA with_item )* COLON block
    ;

with_item : test ( AS expr )? ;

block
    : simple_stmts
    | NEWLINE INDENT statement+ DEDENT
    ;

decorated : decorator+ ( classdef | funcdef | async_stmt ) ;

decorator : AT namedexpr_test NEWLINE ;

funcdef : DEF name type_params? OPEN_PAREN parameters? CLOSE_PAREN ( ARROW test )? COLON block ;

// Kinds (positional-only, keyword-only, ...) follow from the position of '/' and '*': see the featurization module.
parameters : parameter ( COMMA parameter )* COMMA? ;

parameter
    : name ( COLON param_annotation )? ( ASSIGN test )?    # plain_param
    | STAR ( name ( COLON param_annotation )? )?            # star_param
    | POWER name ( COLON test )?                            # double_star_param
    | DIV                                                   # slash_param
    ;

param_annotation : test | star_expr ;

classdef : CLASS name type_params? ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON block ;

type_params : OPEN_BRACK type_param ( COMMA type_param )* COMMA? CLOSE_BRACK ;

type_param
    : name ( COLON test )? ( ASSIGN test )?
    | STAR name ( ASSIGN test )?
    | POWER name ( ASSIGN test )?
    ;

match_stmt : MATCH subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;

subject_expr : star_expr COMMA testlist_star_expr? | namedexpr_test ( COMMA testlist_star_expr? )? ;

case_block : CASE patterns ( IF namedexpr_test )? COLON block ;

patterns : pattern ( COMMA pattern )* COMMA? ;

pattern : or_pattern ( AS name )? ;

or_pattern : closed_pattern ( OR_OP closed_pattern )* ;

closed_pattern
    : literal_pattern
    | name ( DOT name )* ( OPEN_PAREN pattern_args? CLOSE_PAREN )?
    | OPEN_PAREN patterns? CLOSE_PAREN
    | OPEN_BRACK patterns? CLOSE_BRACK
    | OPEN_BRACE mapping_items? CLOSE_BRACE
    | STAR name
    ;

literal_pattern
    : MINUS? NUMBER ( ( ADD | MINUS ) NUMBER )?
    | STRING+
    | NONE
    | TRUE
    | FALSE
    ;

pattern_args : pattern_arg ( COMMA pattern_arg )* COMMA? ;

pattern_arg : name ASSIGN pattern | pattern ;

mapping_items : mapping_item ( COMMA mapping_item )* COMMA? ;

mapping_item
    : ( literal_pattern | name ( DOT name )* ) COLON pattern
    | POWER name
    ;

// ---- expressions ----

test
    : or_test ( IF or_test ELSE test )?
    | lambdef
    ;

test_nocond : or_test | lambdef_nocond ;

lambdef : LAMBDA lambda_params? COLON test ;

lambdef_nocond : LAMBDA lambda_params? COLON test_nocond ;

lambda_params : lambda_param ( COMMA lambda_param )* COMMA? ;

lambda_param
    : name ( ASSIGN test )?
    | STAR name?
    | POWER name
    | DIV
    ;

namedexpr_test : test ( WALRUS test )? ;

or_test : and_test ( OR and_test )* ;

and_test : not_test ( AND not_test )* ;

not_test : NOT not_test | comparison ;

comparison : expr ( comp_op expr )* ;

comp_op
    : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ_1 | NOT_EQ_2
    | IN | NOT IN | IS | IS NOT
    ;

star_expr : STAR expr ;

// Precedence climbing keeps trees shallow: earlier alternatives bind tighter.
expr
    : atom_expr
    | <assoc = right> expr POWER expr
    | ( ADD | MINUS | NOT_OP ) expr
    | expr ( STAR | AT | DIV | MOD | IDIV ) expr
    | expr ( ADD | MINUS ) expr
    | expr ( LEFT_SHIFT | RIGHT_SHIFT ) expr
    | expr AND_OP expr
    | expr XOR expr
    | expr OR_OP expr
    ;

atom_expr : AWAIT? atom trailer* ;

atom
    : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN    # paren_atom
    | OPEN_BRACK testlist_comp? CLOSE_BRACK                      # list_atom
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE                     # brace_atom
    | name                                                       # name_atom
    | NUMBER                                                     # number_atom
    | STRING+                                                    # string_atom
    | ELLIPSIS                                                   # ellipsis_atom
    | NONE                                                       # none_atom
    | ( TRUE | FALSE )                                           # bool_atom
    | MAGIC                                                      # magic_atom
    ;

name : NAME | MATCH | CASE | TYPE ;

testlist_comp
    : ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN       # call_trailer
    | OPEN_BRACK subscriptlist CLOSE_BRACK  # subscript_trailer
    | DOT name                              # attribute_trailer
    ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;

subscript
    : test? COLON test? ( COLON test? )?
    | namedexpr_test
    | star_expr
    ;

exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;

testlist : test ( COMMA test )* COMMA? ;

testlist_star_expr : ( namedexpr_test | star_expr ) ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ;

dictorsetmaker
    : ( dict_item ( comp_for | ( COMMA dict_item )* COMMA? ) )
    | ( ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? ) )
    ;

dict_item : test COLON test | POWER expr ;

arglist : argument ( COMMA argument )* COMMA? ;

argument
    : name ASSIGN test
    | namedexpr_test comp_for?
    | STAR test
    | POWER test
    ;

comp_iter : comp_for | comp_if ;

comp_for : ASYNC? FOR exprlist IN or_test comp_iter? ;

comp_if : IF test_nocond comp_iter? ;

yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
