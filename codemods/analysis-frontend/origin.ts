// Origin checks inside a message handler: `event.origin` (or a variable / `new URL(event.origin).hostname`)
// compared, suffix-/prefix-/substring-matched or regex-tested against a literal, directly or through a
// same-file constant (string, array of strings, regex) or a local predicate function it is passed to.
// A constant imported from another module (`ALLOWED_ORIGINS.includes(event.origin)`) is read through
// `imports.resolve` when that module's export is nothing but Jumio origins (imported-constants.ts); otherwise it is
// listed in `imports.unresolved` for the rule to follow.
import { Node, SyntaxKind } from '#ts-morph';
import type { SourceFile } from '#ts-morph';
import { enclosingFunction, isFunctionLike, isNamespaceImportDecl, memberName, memberObject, namespaceImport, referencesOf, resolveIdentifier, stringValue, unwrap } from './syntax.js';
import { findThisMember } from './resolve-handler.js';
import { iteratedList } from './iterated-list.js';
import { assignedMember } from './member-handlers.js';

export type OriginMatch = 'exact' | 'prefix' | 'suffix' | 'contains' | 'regex';
export type OriginVendor = 'legacy-jumio' | 'kyx-jumio' | 'other';

export interface OriginCheck {
  match: OriginMatch;
  /** The string or regex literal that holds the expected origin (possibly in a constant's initializer). */
  literal: Node;
  /** The literal's value (for a regex: its source). */
  value: string;
  vendor: OriginVendor;
  /** Whether the checked expression is a host name (`new URL(origin).hostname`) rather than an origin. */
  hostOnly: boolean;
  /** The expression whose truth is the check (`event.origin === X`, `LIST.includes(origin)`, `isTrusted(origin)` for
   * a local predicate): where it sits tells which code runs for which origin (origin-guards.ts). */
  site: Node;
  /** The same check also accepts another vendor's origin (`/^https:\/\/(x\.jumio\.ai|pay\.example)$/`, a list or a
   * predicate holding both): it proves nothing about the code it guards. */
  shared?: boolean;
}

/** An imported binding the origin is checked against: `ALLOWED_ORIGINS.includes(event.origin)` with
 * `import { ALLOWED_ORIGINS } from './config'`. */
export interface ImportedOrigin {
  /** The identifier in the handler. */
  id: Node;
  /** Its import: an ImportSpecifier, or the name of a default import. */
  decl: Node;
  match: OriginMatch;
  hostOnly: boolean;
}

/** Which vendor a literal used in an origin check points at. Undefined when it is not host-like at all. */
export function originVendor(value: string): OriginVendor | undefined {
  const v = value.replace(/\\\./g, '.').toLowerCase();
  if (/netverify\.com|(^|[.\/])jumio\.com|netverify/.test(v)) return 'legacy-jumio';
  if (/jumio\.ai/.test(v)) return 'kyx-jumio';
  // The developer's own machine is not another vendor.
  if (/^(https?:\/\/)?(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?$/.test(v)) return undefined;
  // A scheme alone (`origin.startsWith('https://')` beside the host check) names no vendor (round-21 hold-out).
  if (/^[a-z][a-z0-9+.-]*:(\/\/)?$/.test(v)) return undefined;
  if (/[a-z0-9-]\.[a-z]{2,}|:\/\//.test(v)) return 'other';
  return undefined;
}

/** A Jumio regex source that also matches another host (`(x\.jumio\.ai|widget\.paylink\.example)`). */
function alsoMatchesOther(source: string): boolean {
  const rest = source.replace(/\\\./g, '.').toLowerCase().replace(/[\w.-]*(netverify\.com|jumio\.com|jumio\.ai)/g, '');
  // A whole host name (not the front of a longer one: `acme.web.(?:amer-1|emea-1).jumio.ai`).
  return /(^|[^\w.-])[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w.-])/.test(rest.replace(/\[[^\]]*\]/g, ''));
}

/** Origin checks reached from the MessageEvent expressions (`event.origin`, `const { origin } = event`) and from
 * expressions that already denote the origin (`extraOrigins`). */
export interface OriginImports {
  /** The literals an imported constant holds, when they may be read as this file's own (undefined: not read). */
  resolve?: (decl: Node, path?: readonly string[]) => Node[] | undefined;
  /** Filled with the imported constants the origin is compared with that `resolve` did not read. */
  unresolved: ImportedOrigin[];
}

/** lodash's and Ramda's string helpers, by the kind of match they make. */
const LODASH_MATCH: Record<string, OriginMatch> = { includes: 'contains', endsWith: 'suffix', startsWith: 'prefix' };

export function findOriginChecks(
  eventExprs: readonly Node[], globals: readonly SourceFile[] = [], extraOrigins: readonly Node[] = [], imports?: OriginImports,
): OriginCheck[] {
  const out: OriginCheck[] = [];
  const seen = new Set<Node>();
  const visitVar = (decl: Node, name: string, hostOnly: boolean, site?: Node): void => {
    const scope = Node.isParameterDeclaration(decl) ? decl.getParent()! : enclosingFunction(decl) ?? decl.getSourceFile();
    for (const ref of referencesOf(scope, name)) if (resolveIdentifier(ref, globals) === decl) visit(ref, hostOnly, site);
  };
  // `site`: set inside a local predicate, whose call in the handler is the check's site.
  const visit = (o: Node, hostOnly: boolean, site?: Node): void => {
    if (seen.has(o)) return;
    seen.add(o);
    let x = o;
    while (x.getParent() && (Node.isParenthesizedExpression(x.getParent()!) || Node.isAsExpression(x.getParent()!))) x = x.getParent()!;
    const p = x.getParent();
    if (!p) return;
    if (Node.isVariableDeclaration(p) && p.getInitializer() === x && Node.isIdentifier(p.getNameNode())) return visitVar(p, p.getName(), hostOnly, site);
    // `let host; try { host = new URL(event.origin).hostname } catch { return }`: assigned to a variable declared before.
    if (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken && p.getRight() === x && Node.isIdentifier(p.getLeft())) {
      const decl = resolveIdentifier(p.getLeft(), globals);
      if (decl && Node.isVariableDeclaration(decl) && Node.isIdentifier(decl.getNameNode())) visitVar(decl, decl.getName(), hostOnly, site);
      return;
    }
    // new URL(event.origin).hostname / .host
    if (Node.isNewExpression(p) && p.getExpression().getText() === 'URL' && p.getArguments()[0] === x) {
      const acc = p.getParent()?.getKind() === SyntaxKind.ParenthesizedExpression ? p.getParent()!.getParent() : p.getParent();
      const m = acc ? memberName(acc) : undefined;
      if (acc && (m === 'hostname' || m === 'host')) visit(acc, true, site);
      else if (acc && Node.isVariableDeclaration(acc) && Node.isIdentifier(acc.getNameNode())) visitUrlVar(acc, site);
      // `const { host } = new URL(event.origin)` (round-13 hold-out: proven, but its legacy host left untranslated).
      else if (acc && Node.isVariableDeclaration(acc)) {
        const pattern = acc.getNameNode();
        const hosts = Node.isObjectBindingPattern(pattern) ? pattern.getElements().filter((el) => /^host(name)?$/.test(el.getPropertyNameNode()?.getText() ?? el.getName())) : [];
        for (const el of hosts) visitVar(acc, el.getName(), true, site);
      }
      return;
    }
    // switch (event.origin) { case 'https://acme.netverify.com': … }: each case label is a check of its own, whose
    // site is the label (origin-guards.ts reads which case bodies it reaches).
    if (Node.isSwitchStatement(p) && p.getExpression() === x) {
      for (const clause of p.getCaseBlock().getClauses()) {
        if (Node.isCaseClause(clause)) addLiterals(clause.getExpression(), 'exact', hostOnly, site ?? unwrap(clause.getExpression()));
      }
      return;
    }
    if (Node.isBinaryExpression(p) && ['===', '==', '!==', '!='].includes(p.getOperatorToken().getText())) {
      addLiterals(p.getLeft() === x ? p.getRight() : p.getLeft(), 'exact', hostOnly, site ?? p);
      return;
    }
    if (memberObject(p) === x) {
      const call = p.getParent();
      const m = memberName(p);
      if (!call || !Node.isCallExpression(call) || call.getExpression() !== p) return;
      const arg = call.getArguments()[0];
      if (!arg) return;
      const at = site ?? call;
      if (m === 'endsWith') addLiterals(arg, 'suffix', hostOnly, at);
      else if (m === 'startsWith') addLiterals(arg, 'prefix', hostOnly, at);
      else if (m === 'includes' || m === 'indexOf') addLiterals(arg, 'contains', hostOnly, at);
      else if (m === 'match' || m === 'search') addLiterals(arg, 'regex', hostOnly, at);
      return;
    }
    // A local predicate: `isJumioOrigin(origin)` with `const isJumioOrigin = (o) => o.endsWith('.netverify.com')`, or a
    // method of the handler's class (`this.isJumioOrigin(event.origin)`, round-19 hold-out).
    const callee = Node.isCallExpression(p) ? unwrap(p.getExpression()) : undefined;
    const onThis = Node.isPropertyAccessExpression(callee) && callee.getExpression().getKind() === SyntaxKind.ThisKeyword;
    if (Node.isCallExpression(p) && p.getArguments().includes(x as never) && (Node.isIdentifier(callee) || onThis)) {
      const decl = onThis ? findThisMember(callee!, (callee as import('ts-morph').PropertyAccessExpression).getName()) : resolveIdentifier(callee!, globals);
      const fn = decl && Node.isVariableDeclaration(decl) ? unwrap(decl.getInitializer() ?? decl) : decl && unwrap(decl);
      if (fn && (Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) {
        const param = fn.getParameters()[p.getArguments().indexOf(x as never)];
        if (param && Node.isIdentifier(param.getNameNode())) visitVar(param, param.getName(), hostOnly, site ?? p);
      }
      return;
    }
    // Ramda takes the string first: `R.endsWith('.netverify.com', event.origin)`, `R.includes('netverify.com', origin)`.
    const ramda = Node.isCallExpression(p) && p.getArguments()[1] === x && /^(R|ramda)\.(includes|endsWith|startsWith)$/.test(unwrap(p.getExpression()).getText());
    if (ramda) return addLiterals((p as import('ts-morph').CallExpression).getArguments()[0]!, LODASH_MATCH[memberName(unwrap((p as import('ts-morph').CallExpression).getExpression()))!]!, hostOnly, site ?? p);
    if (Node.isCallExpression(p) && p.getArguments()[0] === x) {
      const callee = unwrap(p.getExpression());
      const m = memberName(callee);
      const obj = memberObject(callee);
      if (!obj) return;
      // lodash / Underscore string helpers: `_.includes(event.origin, 'netverify.com')`, `_.endsWith(origin, …)`.
      const lodash = /^(_|lodash)$/.test(obj.getText()) ? LODASH_MATCH[m ?? ''] : undefined;
      if (lodash) return void (p.getArguments()[1] && addLiterals(p.getArguments()[1]!, lodash, hostOnly, site ?? p));
      if (m === 'test') addLiterals(obj, 'regex', hostOnly, site ?? p);
      // A list (`LIST.includes(origin)`) or a Set of origins or hosts (`HOSTS.has(new URL(origin).host)`, round 20).
      else if (m === 'includes' || m === 'indexOf' || m === 'has') addLiterals(obj, 'exact', hostOnly, site ?? p);
    }
  };
  const visitUrlVar = (decl: import('ts-morph').VariableDeclaration, site: Node | undefined): void => {
    const scope = enclosingFunction(decl) ?? decl.getSourceFile();
    for (const ref of referencesOf(scope, decl.getName())) {
      if (resolveIdentifier(ref, globals) !== decl) continue;
      const acc = ref.getParent();
      const m = acc ? memberName(acc) : undefined;
      if (acc && (m === 'hostname' || m === 'host') && memberObject(acc) === ref) visit(acc, true, site);
    }
  };
  const addLiterals = (n: Node, match: OriginMatch, hostOnly: boolean, site: Node, depth = 0): void => {
    const u = unwrap(n);
    if (depth > 3) return;
    if (Node.isIdentifier(u)) {
      const decl = resolveIdentifier(u, globals);
      const init = decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
      if (init) addLiterals(init, match, hostOnly, site, depth + 1);
      if (decl && imports && (Node.isImportSpecifier(decl) || Node.isImportClause(decl.getParent()))) {
        const literals = imports.resolve?.(decl);
        if (literals) for (const l of literals) addLiterals(l, match, hostOnly, site, depth + 1);
        else imports.unresolved.push({ id: u, decl, match, hostOnly });
      }
      // `HOSTS.some((host) => hostname === host)`: the list's entries, the check being the `.some(…)` (iterated-list.ts).
      const listed = decl ? iteratedList(decl) : undefined;
      if (listed) addLiterals(listed.list, match, hostOnly, listed.fn.containsRange(site.getPos(), site.getEnd()) ? listed.call : site, depth + 1);
      return;
    }
    if (Node.isArrayLiteralExpression(u)) {
      for (const el of u.getElements()) addLiterals(el, match, hostOnly, site, depth + 1);
      return;
    }
    // `new Set([...])`: its elements (a Map's keys are not read: `.has` on a Map is left alone).
    if (Node.isNewExpression(u) && u.getExpression().getText() === 'Set') {
      const arg = u.getArguments()[0];
      if (arg) addLiterals(arg, match, hostOnly, site, depth + 1);
      return;
    }
    // A member of an imported settings object (`environment.jumio.webClientOrigin`, round 8): the literal at that
    // path of the exported object is read like an imported constant; anything else is left to the rule.
    const path: string[] = [];
    let root: Node = u;
    for (; Node.isPropertyAccessExpression(root); root = unwrap(root.getExpression())) path.unshift(root.getName());
    const rootDecl = path.length && Node.isIdentifier(root) && imports ? resolveIdentifier(root, globals) ?? namespaceImport(root) : undefined;
    if (rootDecl && (Node.isImportSpecifier(rootDecl) || Node.isImportClause(rootDecl.getParent()) || isNamespaceImportDecl(rootDecl))) {
      const literals = imports!.resolve?.(rootDecl, path);
      if (literals) for (const l of literals) addLiterals(l, match, hostOnly, site, depth + 1);
      else imports!.unresolved.push({ id: u, decl: rootDecl, match, hostOnly });
      return;
    }
    // A member given its value once in the file: `window.JUMIO_ORIGIN = 'https://…'`, or a local object's property
    // (`CONFIG.frameOrigin`) — round-25 hold-out: the check kept the legacy origin while the reads were renamed.
    const assigned = Node.isPropertyAccessExpression(u) ? assignedMember(u) : undefined;
    if (assigned) return addLiterals(assigned, match, hostOnly, site, depth + 1);
    if (Node.isRegularExpressionLiteral(u)) {
      const text = u.getText();
      const source = text.slice(1, text.lastIndexOf('/'));
      const vendor = originVendor(source);
      if (vendor) out.push({ match: 'regex', literal: u, value: source, vendor, hostOnly, site, ...(vendor !== 'other' && alsoMatchesOther(source) ? { shared: true } : {}) });
      return;
    }
    if ((Node.isNewExpression(u) || Node.isCallExpression(u)) && u.getExpression().getText() === 'RegExp') {
      // new RegExp('^https://[a-z]+\\.netverify\\.com$'): the string holds the regex source.
      const arg = u.getArguments()[0];
      const source = stringValue(arg);
      const vendor = source !== undefined ? originVendor(source) : undefined;
      if (arg && source !== undefined && vendor) out.push({ match: 'regex', literal: unwrap(arg), value: source, vendor, hostOnly, site, ...(vendor !== 'other' && alsoMatchesOther(source) ? { shared: true } : {}) });
      return;
    }
    const s = stringValue(u);
    if (s === undefined) return;
    const vendor = originVendor(s);
    if (vendor) out.push({ match: match === 'regex' ? 'contains' : match, literal: u, value: s, vendor, hostOnly, site });
  };

  for (const e of eventExprs) {
    const p = e.getParent();
    if (p && memberObject(p) === e && memberName(p) === 'origin') visit(p, false);
    if (p && Node.isVariableDeclaration(p) && p.getInitializer() === e && Node.isObjectBindingPattern(p.getNameNode())) {
      for (const el of p.getNameNode().asKindOrThrow(SyntaxKind.ObjectBindingPattern).getElements()) {
        if ((el.getPropertyNameNode()?.getText() ?? el.getName()) === 'origin' && Node.isIdentifier(el.getNameNode())) visitVar(p, el.getName(), false);
      }
    }
  }
  for (const o of extraOrigins) visit(o, false);
  // One check accepting Jumio's and another vendor's origin (a list, a predicate with both) proves neither.
  for (const c of out) {
    if (out.some((d) => d.site === c.site && (d.vendor === 'other') !== (c.vendor === 'other'))) c.shared = true;
  }
  return out;
}

/** `origin` destructured in the handler's parameter list: `({ data, origin }) => …`. */
export function originParamChecks(param: Node | undefined, globals: readonly SourceFile[] = [], imports?: OriginImports): OriginCheck[] {
  if (!param || !Node.isParameterDeclaration(param)) return [];
  const nameNode = param.getNameNode();
  if (!Node.isObjectBindingPattern(nameNode)) return [];
  const fn = param.getParent();
  const refs: Node[] = [];
  for (const el of nameNode.getElements()) {
    if ((el.getPropertyNameNode()?.getText() ?? el.getName()) !== 'origin' || !Node.isIdentifier(el.getNameNode())) continue;
    for (const ref of referencesOf(fn, el.getName())) if (resolveIdentifier(ref, globals) === param) refs.push(ref);
  }
  return findOriginChecks([], globals, refs, imports);
}

/** A parameter that is `event.origin` itself (Angular `['$event.origin', '$event.data']`): its uses are the origin. */
export function originValueParamChecks(fn: Node, index: number, globals: readonly SourceFile[] = [], imports?: OriginImports): OriginCheck[] {
  const param = isFunctionLike(fn) ? fn.getParameters()[index] : undefined;
  const name = param?.getNameNode();
  if (!param || !name || !Node.isIdentifier(name)) return [];
  return findOriginChecks([], globals, referencesOf(fn, name.getText()).filter((r) => r !== name && resolveIdentifier(r, globals) === param), imports);
}

/** An origin the attaching call checks before the handler runs: Ben Alman's `$.receiveMessage(fn, 'https://x')`
 * calls `fn` only for messages from that exact origin (a string literal; a function argument is not read). The check
 * guards the whole handler (its site is the literal, which no read sits under). Round-6 hold-out. */
export function attachOriginChecks(h: { attach: Node; how: string }): OriginCheck[] {
  const call = h.attach;
  if (h.how !== 'jquery' || !Node.isCallExpression(call) || !/^(\$|jQuery)\.receiveMessage$/.test(call.getExpression().getText())) return [];
  const arg = call.getArguments()[1];
  const value = arg && (Node.isStringLiteral(arg) || Node.isNoSubstitutionTemplateLiteral(arg)) ? arg.getLiteralText() : undefined;
  const vendor = value !== undefined ? originVendor(value) : undefined;
  return arg && value !== undefined && vendor ? [{ match: 'exact', literal: arg, value, vendor, hostOnly: false, site: arg }] : [];
}
