# The grammar of one line of pvm assembly. Whitespace and comments never reach the parser;
# tokens arrive classified (reg, ident, number, ...), so the rules stay small and unambiguous.
@preprocessor typescript
@{%
import { lexer } from './lexer.ts';
import * as a from './ast.ts';
%}
@lexer lexer

line -> label:* statement:?                   {% a.line %}

label -> %ident ":"                            {% a.label %}
       | %decimal ":"                          {% a.localLabel %}

statement -> %ident operands:?                 {% a.instr %}
           | %ident "=" expr                   {% a.assign %}
           | %macrodef %ident params:?         {% a.macro %}
           | %directive operands:?             {% a.directive %}

params -> %ident ("," %ident):*                {% a.list %}
operands -> operand ("," operand):*            {% a.list %}

operand -> %reg                                {% a.reg %}
         | %string                             {% a.str %}
         | mem                                 {% a.first %}
         | expr                                {% a.exprOperand %}

mem -> "[" %reg "]"                            {% a.memReg %}
     | "[" %reg ("+" | "-") unary (binop unary):* "]" {% a.memRegOff %}
     | "[" expr "]"                            {% a.memAbs %}

# Binary operators are parsed as a flat chain and grouped by precedence in a.climb: far fewer
# Earley states per token than one rule per precedence level.
expr -> unary (binop unary):*                  {% a.chain %}
binop -> "|" | "^" | "&" | "<<" | ">>" | "+" | "-" | "*" | "/" | "%"
unary -> ("-" | "~" | "+") unary               {% a.un %}
       | primary                               {% a.first %}
primary -> %number                             {% a.num %}
         | %decimal                            {% a.num %}
         | %char                               {% a.num %}
         | %ident                              {% a.sym %}
         | %localref                           {% a.local %}
         | "."                                 {% a.dot %}
         | "(" expr ")"                        {% a.paren %}
