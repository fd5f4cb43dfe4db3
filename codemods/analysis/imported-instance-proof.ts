// When a call through a client instance imported from another module (imported-instance.ts) may be migrated like a
// call through an instance of its own file: everything the instance adds to a request must be proven, and in a
// shared client module it can be changed from anywhere (`jumio.interceptors.request.use(…)`, `axiosRetry(jumio)`,
// `jumio.defaults.headers.common.Authorization = …`, the instance handed to a setup function). So: the instance's
// config is one object literal of its module holding only plain options (for axios, the list below; got / ky /
// ofetch / Wreck configs are vetted by instance-overrides.ts), and every use of the instance — in its module and in
// every file of the run that imports the module — is a request call (`jumio.post(…)`, `jumio.get(…)`). A run that
// does not know every importer (the jscodeshift adapter, a partial path), an importer re-exporting the instance or
// not parsed here, or a component whose markup names it leaves the call flagged, as before.
import { Node, SyntaxKind, ts, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import type { EvalContext } from './eval-context.js';
import { SHORTHANDS } from './http-call-forms.js';
import { importBindings, importerParse, markupMentions, moduleMentions } from './importer-parse.js';
import { propertyKey, resolveObjectLiteralInFile } from './object-literals.js';
import { bindsTo } from './scope.js';

const IDENTIFIER = new Set([SyntaxKind.Identifier]);
const REQUEST_MEMBERS = new Set([...SHORTHANDS, 'request']);

/** axios.create() options that change nothing a migrated call does not override (its absolute URL over baseURL,
 * `auth: null` over auth, its own Authorization header) or that only bound the transport. Not here: transformRequest /
 * transformResponse (they change the body sent or what the call resolves to), adapter, params, paramsSerializer. */
const AXIOS_PLAIN = new Set([
  'baseURL', 'auth', 'headers', 'timeout', 'timeoutErrorMessage', 'maxContentLength', 'maxBodyLength', 'maxRedirects',
  'httpAgent', 'httpsAgent', 'proxy', 'decompress', 'withCredentials', 'validateStatus', 'xsrfCookieName', 'xsrfHeaderName',
]);

/** The instance as imported: its module, the name it is exported under, and the factory call that makes it. */
export interface InstanceOrigin {
  module: SourceFile;
  exported: string;
  made: Node;
  /** 'axios', 'got', … (the factory's package, as client-identity.ts names it). */
  client: string;
}

/** Why the imported instance is not proven to add only what a migrated call overrides; undefined when it is. */
export function importedInstanceProblem(origin: InstanceOrigin, ctx: EvalContext): string | undefined {
  const made = origin.made;
  if (!Node.isCallExpression(made) || made.getArguments().length > 1) return 'its config is not one object';
  if (origin.client === 'axios') {
    const cfg = made.getArguments()[0];
    const obj = cfg ? resolveObjectLiteralInFile(cfg) : undefined;
    if (cfg && !obj) return 'its config is not an object literal of its module';
    for (const p of obj?.getProperties() ?? []) {
      const key = Node.isPropertyAssignment(p) ? propertyKey(p.getNameNode()) : Node.isShorthandPropertyAssignment(p) ? p.getName() : undefined;
      if (!key || !AXIOS_PLAIN.has(key)) return `its config holds ${key ?? 'a spread or method'}`;
    }
  }
  const local = localName(made);
  if (local && !ownModuleUsesAreRequests(local)) return 'its module uses it for more than requests';
  const path = ctx.pathOf(origin.module);
  const importers = path ? ctx.project.importersOf?.(path) : undefined;
  if (!importers?.complete) return 'not every file importing its module is known to this run';
  for (const file of importers.files) {
    const sf = importerParse(file, ctx);
    if (!sf || sf === origin.module || !importerUsesAreRequests(sf, file, path!, origin.exported, ctx)) return `${file} uses it for more than requests`;
  }
  return undefined;
}

/** `const jumio = axios.create(…)`: the name node; undefined for `module.exports = axios.create(…)`. */
function localName(made: Node): Node | undefined {
  let n = made.getParent();
  while (n && (Node.isAsExpression(n) || Node.isParenthesizedExpression(n) || Node.isSatisfiesExpression(n))) n = n.getParent();
  return Node.isVariableDeclaration(n) && Node.isIdentifier(n.getNameNode()) ? n.getNameNode() : undefined;
}

/** `x.post(…)`, `x.request(…)`: the use `x` is the target of a request call. */
function isRequestCall(use: Node): boolean {
  const member = use.getParent();
  return Node.isPropertyAccessExpression(member) && member.getExpression() === use && REQUEST_MEMBERS.has(member.getName()) &&
    Node.isCallExpression(member.getParent()) && (member.getParent() as import('ts-morph').CallExpression).getExpression() === member;
}

/** The identifiers of `sf` that are uses of the binding `id` (not property names spelled like it). */
function usesOf(sf: SourceFile, id: Node): Node[] {
  const name = id.getText();
  return descendantsOfKinds(sf, IDENTIFIER, (n) => (n as ts.Identifier).text === name).filter((d) => {
    if (d === id) return false;
    const p = d.getParent()!;
    if ((Node.isPropertyAccessExpression(p) || Node.isPropertyAssignment(p) || Node.isMethodDeclaration(p) || Node.isPropertyDeclaration(p) ||
         Node.isPropertySignature(p)) && p.getNameNode() === d) return false;
    if (Node.isBindingElement(p) && p.getPropertyNameNode() === d) return false;
    return !Node.isTypeQuery(p) && bindsTo(d, id);
  });
}

/** In the instance's own module: exported (`export { jumio }`, `export default jumio`, `module.exports = jumio`,
 * `exports.jumio = jumio`) or sent requests, nothing else. */
function ownModuleUsesAreRequests(local: Node): boolean {
  return usesOf(local.getSourceFile(), local).every((u) => {
    const p = u.getParent()!;
    if (Node.isExportSpecifier(p) || Node.isExportAssignment(p)) return true;
    if (Node.isBinaryExpression(p) && p.getRight() === u && Node.isExpressionStatement(p.getParent()) &&
        /^(module\.)?exports(\.[\w$]+)?$/.test(p.getLeft().getText().replace(/\s+/g, ''))) return true;
    return isRequestCall(u);
  });
}

/** Every binding an importer makes of the module reaches the instance only to send requests. `via`: the member of the
 * binding that is the instance (a namespace import, a whole CommonJS module); undefined: the binding is the instance. */
function importerUsesAreRequests(sf: SourceFile, file: string, target: string, exported: string, ctx: EvalContext): boolean {
  const bindings: { id: Node; via?: string }[] = [];
  const mentions = moduleMentions(sf, file, target, ctx);
  const whole = (id: Node) => bindings.push(exported === 'default' ? { id } : { id, via: exported });
  for (const lit of mentions) {
    const p = lit.getParent();
    const imported = importBindings(lit);
    if (imported) {
      if (imported.def) whole(imported.def);
      if (imported.ns) bindings.push({ id: imported.ns, via: exported });
      for (const el of imported.named) if (el.name === exported) bindings.push({ id: el.local });
    } else if (Node.isCallExpression(p) && p.getExpression().getText() === 'require' && p.getArguments()[0] === lit) {
      const holder = p.getParent();
      const member = Node.isPropertyAccessExpression(holder) && holder.getExpression() === p ? holder : undefined;
      const decl = member ? member.getParent() : holder;
      if (!Node.isVariableDeclaration(decl)) return false;
      const name = decl.getNameNode();
      if (member) {
        if (member.getName() === exported && Node.isIdentifier(name)) bindings.push({ id: name });
        else if (member.getName() === exported) return false;
      } else if (Node.isIdentifier(name)) whole(name);
      else if (Node.isObjectBindingPattern(name)) {
        for (const el of name.getElements()) {
          if (el.getDotDotDotToken()) return false;
          if ((el.getPropertyNameNode() ?? el.getNameNode()).getText() !== exported) continue;
          if (!Node.isIdentifier(el.getNameNode())) return false;
          bindings.push({ id: el.getNameNode() });
        }
      } else return false;
    } else return false; // a barrel re-exporting it, import(), a test mock…
  }
  return bindings.every(({ id, via }) => !markupMentions(sf, id.getText()) && usesOf(sf, id).every((u) => {
    if (!via) return isRequestCall(u);
    const p = u.getParent();
    // Another export of the module read through the namespace is no use of the instance; the namespace passed on is.
    if (!Node.isPropertyAccessExpression(p) || p.getExpression() !== u) return false;
    return p.getName() !== via || isRequestCall(p);
  }));
}
