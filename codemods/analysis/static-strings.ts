// Static evaluation of string-valued expressions (URLs) to every value they can take: literals, templates, concatenation,
// constants (same file or imported), object/region maps, records found in a constant array, ternaries, `||`/`??` fallbacks,
// local functions that return strings (region switches; their parameters bound to the call's arguments), `new URL(path,
// base)`. Unknown parts become holes (a caller decides).
import { Node, SyntaxKind, type EnumDeclaration } from '#ts-morph';
import { type EvalContext, unwrap } from './eval-context.js';
import { overridingSubclasses } from './class-members.js';
import { enumDeclarationOf, exportedValue, findDeclaration, memberOf, namespaceConstInit, propertyKey, resolveIdentifier, resolveObject, type BoundValue, type ObjectSource } from './resolve-binding.js';
import { sealedGetter, thisObject } from './sealed-object.js';
import { foundRecordValues, mapEntries, symbolKeyedValue } from './constant-maps.js';
import { candidateText, dedupe, hasHole, hole, product, type Candidate } from './candidates.js';
import { boundArgument, withArguments } from './bound-arguments.js';

export { candidateText, HOLE, hasHole, type Candidate, type Piece } from './candidates.js';
const MAX_DEPTH = 12;

/** Every string `expr` can evaluate to. Never empty: an unknown expression yields one hole. */
export function evaluateStrings(expr: Node, ctx: EvalContext, depth = 0): Candidate[] {
  if (depth > MAX_DEPTH) return [hole()];
  const e = unwrap(expr);
  if (Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e)) return [[{ text: e.getLiteralValue(), literal: e }]];
  if (Node.isTemplateExpression(e)) {
    const parts: Candidate[][] = [[[{ text: e.getHead().getLiteralText() }]]];
    for (const span of e.getTemplateSpans()) {
      parts.push(evaluateStrings(span.getExpression(), ctx, depth + 1));
      parts.push([[{ text: span.getLiteral().getLiteralText() }]]);
    }
    return dedupe(product(parts));
  }
  if (Node.isBinaryExpression(e)) {
    const op = e.getOperatorToken().getKind();
    if (op === SyntaxKind.PlusToken) {
      return dedupe(product([evaluateStrings(e.getLeft(), ctx, depth + 1), evaluateStrings(e.getRight(), ctx, depth + 1)]));
    }
    if (op === SyntaxKind.BarBarToken || op === SyntaxKind.QuestionQuestionToken) {
      return dedupe([...evaluateStrings(e.getLeft(), ctx, depth + 1), ...evaluateStrings(e.getRight(), ctx, depth + 1)]);
    }
    return [hole()];
  }
  if (Node.isConditionalExpression(e)) {
    return dedupe([...evaluateStrings(e.getWhenTrue(), ctx, depth + 1), ...evaluateStrings(e.getWhenFalse(), ctx, depth + 1)]);
  }
  if (Node.isIdentifier(e)) {
    const arg = boundArgument(e);
    return arg ? evaluateStrings(arg, ctx, depth + 1) : fromBound(resolveIdentifier(e, ctx), ctx, depth);
  }
  if (Node.isPropertyAccessExpression(e)) {
    const name = e.getName();
    const target = unwrap(e.getExpression());
    if (name === 'href') {
      const viaUrl = evaluateStrings(target, ctx, depth + 1);
      if (!viaUrl.every(hasHole)) return viaUrl;
    }
    if (Node.isThisExpression(target)) return fromThisMember(e, name, ctx, depth);
    // CommonJS: `exports.X` / `module.exports.X` of this very module.
    if (target.getText() === 'exports' || target.getText() === 'module.exports') {
      return fromBound(exportedValue(e.getSourceFile(), name, ctx), ctx, depth);
    }
    // `Client.INITIATE_URL`: a static property of a class of this file — its initialiser, and, when it is not readonly
    // (JavaScript has no readonly), every value the file assigns to it (`Client.HOST = …`), as for `this.x`.
    const cls = Node.isIdentifier(target) ? findDeclaration(target, target.getText()) : undefined;
    if (cls && Node.isClassDeclaration(cls)) {
      const prop = cls.getStaticProperty(name);
      if (prop && Node.isGetAccessorDeclaration(prop)) return returnedStrings(prop, ctx, depth); // `static get ENDPOINT()`
      if (!prop || !Node.isPropertyDeclaration(prop)) return [hole()];
      const init = prop.getInitializer();
      const sources = [...(init ? [init] : []), ...(prop.isReadonly() ? [] : staticAssignments(cls, name))];
      return sources.length ? dedupe(sources.flatMap((v) => evaluateStrings(v, ctx, depth + 1))) : [hole()];
    }
    // `Netverify.HOST_EU`: an exported const of a namespace of this file.
    const nsInit = namespaceConstInit(e);
    if (nsInit) return evaluateStrings(nsInit, ctx, depth + 1);
    // `DataCentre.EU`: a member of a TypeScript enum (of this file or imported).
    const en = Node.isIdentifier(target) ? enumDeclarationOf(target, ctx) : undefined;
    if (en) return enumMemberStrings(en, name, ctx, depth);
    const owner = resolveObject(target, ctx); // else `HOSTS.find(…)!.origin`: any record's origin (constant-maps.ts)
    return owner ? fromMember(owner, name, ctx, depth)
      : dedupe((foundRecordValues(target, name, ctx) ?? [undefined]).flatMap((v) => (v ? evaluateStrings(v, ctx, depth + 1) : [hole()])));
  }
  if (Node.isElementAccessExpression(e)) {
    const indexed = unwrap(e.getExpression());
    const en = Node.isIdentifier(indexed) ? enumDeclarationOf(indexed, ctx) : undefined;
    if (en) {
      const arg = e.getArgumentExpression();
      return enumMemberStrings(en, arg && Node.isStringLiteral(arg) ? arg.getLiteralValue() : undefined, ctx, depth);
    }
    const owner = resolveObject(e.getExpression(), ctx);
    if (!owner || owner.kind !== 'literal') return [hole()];
    const arg = e.getArgumentExpression();
    const key = arg && (Node.isStringLiteral(arg) || Node.isNumericLiteral(arg)) ? arg.getLiteralText() : undefined;
    const v = key !== undefined ? memberOf(owner, key, ctx) : arg && symbolKeyedValue(owner.node, arg); // or a const Symbol() key: `[INITIATE]: '…'`
    if (key !== undefined || v) return fromBound(v, ctx, depth);
    // A map indexed by a runtime key (region maps): every value is possible.
    const out: Candidate[] = [];
    for (const p of owner.node.getProperties()) {
      if (Node.isPropertyAssignment(p)) out.push(...evaluateStrings(p.getInitializerOrThrow(), ctx, depth + 1));
      else out.push(hole());
    }
    return out.length ? dedupe(out) : [hole()];
  }
  if (Node.isNewExpression(e) && e.getExpression().getText() === 'URL') return fromNewUrl(e.getArguments(), ctx, depth);
  if (Node.isCallExpression(e)) {
    const callee = unwrap(e.getExpression());
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'toString' && e.getArguments().length === 0) {
      return evaluateStrings(callee.getExpression(), ctx, depth + 1);
    }
    if (Node.isIdentifier(callee)) {
      const v = resolveIdentifier(callee, ctx);
      return v?.kind === 'function' ? withArguments(v.node, e.getArguments(), () => fromBound(v, ctx, depth, true)) : fromBound(v, ctx, depth, true);
    }
    const args = e.getArguments();
    // `REGIONS.get(key)` on a `const REGIONS = new Map([['US', '…'], …])` never written to: the entry of a literal key,
    // else (a runtime key, like an object map) every value.
    const entries = Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && args.length === 1 ? mapEntries(callee.getExpression()) : undefined;
    if (entries) {
      const k = unwrap(args[0]!);
      const literal = Node.isStringLiteral(k) || Node.isNoSubstitutionTemplateLiteral(k) ? k.getLiteralValue() : undefined;
      const picked = literal === undefined ? entries : entries.filter(([key]) => key === literal);
      return picked.length ? dedupe(picked.flatMap(([, v]) => evaluateStrings(v, ctx, depth + 1))) : [hole()];
    }
    // A config getter with a default (Nest `config.get('JUMIO_BASE_URL', 'https://…')`): the setting is unknown,
    // the default is one of the values (never a proof: the hole stays).
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'get' && args.length === 2 && Node.isStringLiteral(unwrap(args[0]!))) {
      return dedupe([hole(), ...evaluateStrings(args[1]!, ctx, depth + 1)]);
    }
    if (Node.isPropertyAccessExpression(callee) && Node.isThisExpression(callee.getExpression())) {
      return fromThisMember(callee, callee.getName(), ctx, depth, true);
    }
  }
  return [hole()];
}

/** An enum member's string (`name`), or every member's when the key is only known at run time (`DataCentre[dc]`). */
function enumMemberStrings(en: EnumDeclaration, name: string | undefined, ctx: EvalContext, depth: number): Candidate[] {
  const members = name === undefined ? en.getMembers() : en.getMembers().filter((m) => m.getName() === name);
  const out = members.flatMap((m) => {
    const init = m.getInitializer();
    return init ? evaluateStrings(init, ctx, depth + 1) : [hole()];
  });
  return out.length ? dedupe(out) : [hole()];
}

function fromBound(v: BoundValue | undefined, ctx: EvalContext, depth: number, called = false): Candidate[] {
  if (!v) return [hole()];
  if (v.kind === 'expr' && !called) return evaluateStrings(v.expr, ctx, depth + 1);
  if (v.kind === 'function' && called) return returnedStrings(v.node, ctx, depth);
  return [hole()];
}

/** A member of an object: a property's value, else a getter of a sealed object literal (what it returns). */
function fromMember(owner: ObjectSource, name: string, ctx: EvalContext, depth: number): Candidate[] {
  const v = memberOf(owner, name, ctx);
  const getter = !v && owner.kind === 'literal' ? sealedGetter(owner.node, name) : undefined;
  return getter ? returnedStrings(getter, ctx, depth) : fromBound(v, ctx, depth);
}

/** Union of every `return <expr>` of a function (not of nested functions); arrow bodies count as returns. */
export function returnedStrings(fn: Node, ctx: EvalContext, depth: number): Candidate[] {
  if (!Node.isFunctionDeclaration(fn) && !Node.isMethodDeclaration(fn) && !Node.isArrowFunction(fn) && !Node.isFunctionExpression(fn) &&
      !Node.isGetAccessorDeclaration(fn)) {
    return [hole()];
  }
  const body = fn.getBody();
  if (!body) return [hole()];
  if (!Node.isBlock(body)) return evaluateStrings(body, ctx, depth + 1);
  const out: Candidate[] = [];
  body.forEachDescendant((d, traversal) => {
    if (Node.isFunctionLikeDeclaration(d) || Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isClassDeclaration(d)) {
      traversal.skip();
      return;
    }
    if (Node.isReturnStatement(d)) {
      const r = d.getExpression();
      out.push(...(r ? evaluateStrings(r, ctx, depth + 1) : [hole()]));
    }
  });
  // A function that can fall off its end returns undefined: not a URL we can prove.
  const last = body.getStatements().at(-1);
  if (!last || !(Node.isReturnStatement(last) || Node.isThrowStatement(last) || Node.isSwitchStatement(last))) out.push(hole());
  return out.length ? dedupe(out) : [hole()];
}

/** `this.x` inside a class: a property initialiser, or the single constructor assignment `this.x = …`. */
function fromThisMember(access: Node, name: string, ctx: EvalContext, depth: number, called = false): Candidate[] {
  const own = called ? undefined : thisObject(access); // in a getter or method of a sealed object literal (sealed-object.ts)
  if (own) return fromMember({ kind: 'literal', node: own }, name, ctx, depth);
  const cls = access.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
  if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return [hole()];
  // A subclass of the file overriding the member answers `this.x` for its instances (round 62: the EU client's
  // `get origin()`): its values are possible too.
  const overrides = overridingSubclasses(cls, name);
  return dedupe([...classMemberStrings(cls, name, ctx, depth, called), ...overrides.flatMap((sub) => classMemberStrings(sub, name, ctx, depth, called))]);
}

function classMemberStrings(cls: import('ts-morph').ClassDeclaration | import('ts-morph').ClassExpression, name: string, ctx: EvalContext, depth: number, called: boolean): Candidate[] {
  if (called) {
    const m = cls.getMethod(name);
    return m ? returnedStrings(m, ctx, depth) : [hole()];
  }
  const prop = cls.getProperty(name);
  const init = prop && Node.isPropertyDeclaration(prop) ? prop.getInitializer() : undefined;
  const assigned: Node[] = [];
  cls.forEachDescendant((d) => {
    if (Node.isBinaryExpression(d) && d.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      const l = d.getLeft();
      if (Node.isPropertyAccessExpression(l) && Node.isThisExpression(l.getExpression()) && l.getName() === name) assigned.push(d.getRight());
    }
  });
  const sources = [...(init ? [init] : []), ...assigned];
  // `get initiateUrl() { return `${this.host}/api/…` }`: what the getter returns.
  const getter = !sources.length && !prop ? cls.getGetAccessor(name) : undefined;
  if (getter) return returnedStrings(getter, ctx, depth);
  if (!sources.length) return [hole()];
  return dedupe(sources.flatMap((s) => evaluateStrings(s, ctx, depth + 1)));
}

/** The values the file assigns to a static property: `Client.NAME = v` anywhere, `this.NAME = v` in a static member. */
function staticAssignments(cls: import('ts-morph').ClassDeclaration, name: string): Node[] {
  const out: Node[] = [];
  cls.getSourceFile().forEachDescendant((d) => {
    if (!Node.isBinaryExpression(d) || d.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) return;
    const l = d.getLeft();
    if (!Node.isPropertyAccessExpression(l) || l.getName() !== name) return;
    const owner = l.getExpression();
    const viaClass = Node.isIdentifier(owner) && findDeclaration(owner, owner.getText()) === cls;
    const member = owner.getFirstAncestor((a) => Node.isMethodDeclaration(a) || Node.isPropertyDeclaration(a) || Node.isClassStaticBlockDeclaration(a));
    const viaStaticThis = Node.isThisExpression(owner) && member?.getParent() === cls &&
      (Node.isClassStaticBlockDeclaration(member) || ((Node.isMethodDeclaration(member) || Node.isPropertyDeclaration(member)) && member.isStatic()));
    if (viaClass || viaStaticThis) out.push(d.getRight());
  });
  return out;
}

function fromNewUrl(args: Node[], ctx: EvalContext, depth: number): Candidate[] {
  const [pathArg, baseArg] = args;
  if (!pathArg) return [hole()];
  const paths = evaluateStrings(pathArg, ctx, depth + 1);
  if (!baseArg) return paths;
  const bases = evaluateStrings(baseArg, ctx, depth + 1);
  const out: Candidate[] = [];
  for (const p of paths) {
    for (const b of bases) {
      // An absolute path with holes only after its start (`/api/…/authentications/${ref}`) keeps the base's origin.
      // A template opening with a constant (`${PATH}/${ref}`) starts with an empty piece: the head is the first text.
      const head = p.find((piece) => piece.hole || piece.text !== '');
      if (hasHole(p) && !hasHole(b) && head && !head.hole && /^\/(?!\/)/.test(head.text)) {
        try {
          out.push([{ text: new URL(candidateText(b)).origin }, ...p]);
        } catch {
          out.push(hole());
        }
        continue;
      }
      if (hasHole(p) || hasHole(b)) {
        out.push(hole());
        continue;
      }
      try {
        out.push([{ text: new URL(candidateText(p), candidateText(b)).href }]);
      } catch {
        out.push(hole());
      }
    }
  }
  return dedupe(out);
}

/** Join a base URL and a relative path the way axios (`combineURLs`), request (`baseUrl`) and got (`prefixUrl`) do. */
export function joinBase(base: Candidate, path: Candidate): Candidate {
  if (hasHole(path)) return hole();
  const p = candidateText(path);
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(p)) return path;
  if (hasHole(base)) return hole();
  const b = candidateText(base).replace(/\/+$/, '');
  const rel = p.replace(/^\/+/, '');
  return [{ text: rel ? `${b}/${rel}` : b }];
}

/** A client base URL joined to a path whose reference is a hole (`netverify/v2/authentications/${ref}` on a got /
 * ky prefixUrl, an axios or ofetch baseURL): the shared joinBase gives up on any hole, but here the path's start is
 * known text and only its reference is unknown, so the base and that text are joined as the clients join them. */
export function joinWithReference(base: Candidate, path: Candidate): Candidate {
  const head = path[0];
  if (!hasHole(path) || hasHole(base) || !head || head.hole || !head.text || /^[a-z][a-z\d+.-]*:\/\//i.test(head.text)) return joinBase(base, path);
  const joined = joinBase(base, [{ text: head.text }]);
  return hasHole(joined) ? joined : [...joined, ...path.slice(1)];
}

export { propertyKey };
