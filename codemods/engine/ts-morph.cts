// ts-morph for the rest of the code base, loaded with require(): an ESM `import … from 'ts-morph'` makes Node
// compile ts-morph.js once more to detect its module format and lex it for its export names (~0.13 s of every run,
// and again in each worker thread). The runtime values are re-exported one by one (so Node's lexer finds them in
// this small file), every type as it is. Import from '#ts-morph' (package.json "imports").
import tsMorph = require('ts-morph');

export type * from 'ts-morph';
export import Node = tsMorph.Node;
export import SyntaxKind = tsMorph.SyntaxKind;
export import ts = tsMorph.ts;
export import Project = tsMorph.Project;
export import QuoteKind = tsMorph.QuoteKind;
export import IndentationText = tsMorph.IndentationText;
