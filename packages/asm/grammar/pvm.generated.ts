// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d: any[]): any { return d[0]; }
declare var ident: any;
declare var decimal: any;
declare var macrodef: any;
declare var directive: any;
declare var reg: any;
declare var string: any;
declare var number: any;
declare var char: any;
declare var localref: any;

import { lexer } from './lexer.ts';
import * as a from './ast.ts';

interface NearleyToken {
  value: any;
  [key: string]: any;
};

interface NearleyLexer {
  reset: (chunk: string, info: any) => void;
  next: () => NearleyToken | undefined;
  save: () => any;
  formatError: (token: never) => string;
  has: (tokenType: string) => boolean;
};

interface NearleyRule {
  name: string;
  symbols: NearleySymbol[];
  postprocess?: (d: any[], loc?: number, reject?: {}) => any;
};

type NearleySymbol = string | { literal: any } | { test: (token: any) => boolean };

interface Grammar {
  Lexer: NearleyLexer | undefined;
  ParserRules: NearleyRule[];
  ParserStart: string;
};

const grammar: Grammar = {
  Lexer: lexer,
  ParserRules: [
    {"name": "line$ebnf$1", "symbols": ["statement"], "postprocess": id},
    {"name": "line$ebnf$1", "symbols": [], "postprocess": () => null},
    {"name": "line", "symbols": ["labels", "line$ebnf$1"], "postprocess": a.line},
    {"name": "labels", "symbols": [], "postprocess": a.none},
    {"name": "labels", "symbols": ["labels", "label"], "postprocess": a.append},
    {"name": "label", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":":"}], "postprocess": a.label},
    {"name": "label", "symbols": [(lexer.has("decimal") ? {type: "decimal"} : decimal), {"literal":":"}], "postprocess": a.localLabel},
    {"name": "statement$ebnf$1", "symbols": ["operands"], "postprocess": id},
    {"name": "statement$ebnf$1", "symbols": [], "postprocess": () => null},
    {"name": "statement", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "statement$ebnf$1"], "postprocess": a.instr},
    {"name": "statement", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), {"literal":"="}, "expr"], "postprocess": a.assign},
    {"name": "statement$ebnf$2", "symbols": ["params"], "postprocess": id},
    {"name": "statement$ebnf$2", "symbols": [], "postprocess": () => null},
    {"name": "statement", "symbols": [(lexer.has("macrodef") ? {type: "macrodef"} : macrodef), (lexer.has("ident") ? {type: "ident"} : ident), "statement$ebnf$2"], "postprocess": a.macro},
    {"name": "statement$ebnf$3", "symbols": ["operands"], "postprocess": id},
    {"name": "statement$ebnf$3", "symbols": [], "postprocess": () => null},
    {"name": "statement", "symbols": [(lexer.has("directive") ? {type: "directive"} : directive), "statement$ebnf$3"], "postprocess": a.directive},
    {"name": "params", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": a.start},
    {"name": "params", "symbols": ["params", {"literal":","}, (lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": a.appendLast},
    {"name": "operands", "symbols": ["operand"], "postprocess": a.start},
    {"name": "operands", "symbols": ["operands", {"literal":","}, "operand"], "postprocess": a.appendLast},
    {"name": "operand", "symbols": [(lexer.has("reg") ? {type: "reg"} : reg)], "postprocess": a.reg},
    {"name": "operand", "symbols": [(lexer.has("string") ? {type: "string"} : string)], "postprocess": a.str},
    {"name": "operand", "symbols": ["mem"], "postprocess": a.first},
    {"name": "operand", "symbols": ["expr"], "postprocess": a.exprOperand},
    {"name": "mem", "symbols": [{"literal":"["}, (lexer.has("reg") ? {type: "reg"} : reg), {"literal":"]"}], "postprocess": a.memReg},
    {"name": "mem", "symbols": [{"literal":"["}, (lexer.has("reg") ? {type: "reg"} : reg), "offset", {"literal":"]"}], "postprocess": a.memRegOff},
    {"name": "mem", "symbols": [{"literal":"["}, "expr", {"literal":"]"}], "postprocess": a.memAbs},
    {"name": "offset$subexpression$1", "symbols": [{"literal":"+"}]},
    {"name": "offset$subexpression$1", "symbols": [{"literal":"-"}]},
    {"name": "offset", "symbols": ["offset$subexpression$1", "unary"], "postprocess": a.offsetStart},
    {"name": "offset", "symbols": ["offset", "binop", "unary"], "postprocess": a.chainNext},
    {"name": "expr", "symbols": ["unary"], "postprocess": a.chainStart},
    {"name": "expr", "symbols": ["expr", "binop", "unary"], "postprocess": a.chainNext},
    {"name": "binop", "symbols": [{"literal":"|"}]},
    {"name": "binop", "symbols": [{"literal":"^"}]},
    {"name": "binop", "symbols": [{"literal":"&"}]},
    {"name": "binop", "symbols": [{"literal":"<<"}]},
    {"name": "binop", "symbols": [{"literal":">>"}]},
    {"name": "binop", "symbols": [{"literal":"+"}]},
    {"name": "binop", "symbols": [{"literal":"-"}]},
    {"name": "binop", "symbols": [{"literal":"*"}]},
    {"name": "binop", "symbols": [{"literal":"/"}]},
    {"name": "binop", "symbols": [{"literal":"%"}]},
    {"name": "unary$subexpression$1", "symbols": [{"literal":"-"}]},
    {"name": "unary$subexpression$1", "symbols": [{"literal":"~"}]},
    {"name": "unary$subexpression$1", "symbols": [{"literal":"+"}]},
    {"name": "unary", "symbols": ["unary$subexpression$1", "unary"], "postprocess": a.un},
    {"name": "unary", "symbols": ["primary"], "postprocess": a.first},
    {"name": "primary", "symbols": [(lexer.has("number") ? {type: "number"} : number)], "postprocess": a.num},
    {"name": "primary", "symbols": [(lexer.has("decimal") ? {type: "decimal"} : decimal)], "postprocess": a.num},
    {"name": "primary", "symbols": [(lexer.has("char") ? {type: "char"} : char)], "postprocess": a.num},
    {"name": "primary", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident)], "postprocess": a.sym},
    {"name": "primary", "symbols": [(lexer.has("localref") ? {type: "localref"} : localref)], "postprocess": a.local},
    {"name": "primary", "symbols": [{"literal":"."}], "postprocess": a.dot},
    {"name": "primary", "symbols": [{"literal":"("}, "expr", {"literal":")"}], "postprocess": a.paren}
  ],
  ParserStart: "line",
};

export default grammar;
