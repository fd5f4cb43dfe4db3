// Handlers attached where the script cannot see it: an Ember Octane `@action` given to a `{{window-message
// this.onJumioMessage}}` modifier in the component's template, a Glimmer `<template>`, a Marko or Knockout binding.
// Nothing in the script passes them to addEventListener, so the listener search never meets them (hold-out round 4:
// only the origin check's legacy host was flagged, as an "API base URL"). A named function or method that nothing
// in the script refers to, whose first parameter's `origin` is checked against a Jumio host (legacy or KYX) and
// whose `data` it parses, is a Jumio message handler however it is attached: the origin check is the proof.
import { isExportedDeclaration } from '../analysis/exports.js';
import { Node, SyntaxKind, ts, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { analyzeEventData } from './event-data.js';
import { findOriginChecks } from './origin.js';
import { originProof } from './origin-guards.js';
import { mentionsJumio, type FunctionLikeNode } from './syntax.js';

const IDENTIFIERS = new Set([SyntaxKind.Identifier]);
const NAMED_FUNCTIONS = new Set([SyntaxKind.MethodDeclaration, SyntaxKind.FunctionDeclaration, SyntaxKind.ArrowFunction, SyntaxKind.FunctionExpression]);

export function unattachedJumioHandlers(sf: SourceFile, known: ReadonlySet<Node>): FunctionLikeNode[] {
  const text = sf.getFullText();
  if (!mentionsJumio(text) || !text.includes('.origin')) return [];
  const out: FunctionLikeNode[] = [];
  for (const fn of descendantsOfKinds(sf, NAMED_FUNCTIONS) as FunctionLikeNode[]) {
    const name = declaredName(fn);
    const param = fn.getParameters()[0];
    const body = fn.getBody()?.getText() ?? '';
    if (!name || known.has(fn) || !param || !Node.isIdentifier(param.getNameNode())) continue;
    if (!body.includes(`${param.getName()}.origin`) || !mentionsJumio(body)) continue;
    // Referred to anywhere in the script (called, passed, bound): attached or used there, judged there.
    if (descendantsOfKinds(sf, IDENTIFIERS, (n) => ts.isIdentifier(n) && n.text === name).length > 1) continue;
    const data = analyzeEventData(fn, [], 'event');
    if (!data.parses) continue;
    const origins = findOriginChecks(data.eventExprs, []);
    // The check must let Jumio's events reach the reads (not skip the identity frame, not route another vendor's).
    if (originProof(origins, data.reads.map((r) => r.keyNode))?.kind === 'all') out.push(fn);
  }
  return out;
}

/** The name a function is declared under: a method, a function declaration, `const x = (…) => …`, `x = (…) => …`
 * as a class property. Anonymous callbacks (arguments of a call) have none: something attaches them. */
function declaredName(fn: FunctionLikeNode): string | undefined {
  // An exported function is attached by its importers (and migrated from there).
  if (Node.isMethodDeclaration(fn)) return fn.getName();
  if (Node.isFunctionDeclaration(fn)) return isExportedDeclaration(fn) ? undefined : fn.getName();
  const p = fn.getParent();
  if (p && Node.isPropertyDeclaration(p) && p.getInitializer() === fn) return p.getName();
  if (p && Node.isVariableDeclaration(p) && p.getInitializer() === fn && !(p.getVariableStatement() && isExportedDeclaration(p.getVariableStatement()!))) return p.getName();
  return undefined;
}
