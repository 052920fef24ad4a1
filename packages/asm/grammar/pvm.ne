# The grammar of one line of pvm assembly. Whitespace and comments never reach the parser;
# tokens arrive classified (reg, ident, number, ...), so the rules stay small and unambiguous.
# nearley runs a rule's postprocessor wherever the rule could end, so lists and operator chains
# are left-recursive and their postprocessors O(1): a long line costs linear time (ast.ts).
@preprocessor typescript
@{%
import { lexer } from './lexer.ts';
import * as a from './ast.ts';
%}
@lexer lexer

line -> labels statement:?                     {% a.line %}

labels -> null                                 {% a.none %}
        | labels label                         {% a.append %}

label -> %ident ":"                            {% a.label %}
       | %decimal ":"                          {% a.localLabel %}

statement -> %ident operands:?                 {% a.instr %}
           | %ident "=" expr                   {% a.assign %}
           | %macrodef %ident params:?         {% a.macro %}
           | %directive operands:?             {% a.directive %}

params -> %ident                               {% a.start %}
        | params "," %ident                    {% a.appendLast %}
operands -> operand                            {% a.start %}
          | operands "," operand               {% a.appendLast %}

operand -> %reg                                {% a.reg %}
         | %string                             {% a.str %}
         | mem                                 {% a.first %}
         | expr                                {% a.exprOperand %}

mem -> "[" %reg "]"                            {% a.memReg %}
     | "[" %reg offset "]"                     {% a.memRegOff %}
     | "[" expr "]"                            {% a.memAbs %}

# `[r1 - 4 + 2]`: the register, then a chain that starts with its sign.
offset -> ("+" | "-") unary                    {% a.offsetStart %}
        | offset binop unary                   {% a.chainNext %}

# Binary operators are parsed as a flat chain and grouped by precedence in a.group: far fewer
# Earley states per token than one rule per precedence level.
expr -> unary                                  {% a.chainStart %}
      | expr binop unary                       {% a.chainNext %}
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
