// A client instance created in another module of the repository and imported where the initiate is sent:
// `export const jumio = axios.create({ baseURL: 'https://netverify.com/api', auth })` in jumio-client.ts, then
// `import { jumio } from './jumio-client'; await jumio.post('/authentication/v1/web/initiate', body)`. Also got.extend,
// ky.create / ky.extend, request.defaults and Wreck.defaults, exported by name, as the default export, or through
// module.exports / exports.<name>, imported with import or require. The call is not recognised as a request of the
// file (its client is not named there). When everything the instance adds to a request is proven (its config, and
// every use of it in the run's files: imported-instance-proof.ts) the call is migrated like one through an instance
// of the file's own (migratableImportedCalls); otherwise it is flagged at the call, naming the module and the
// instance (elsewhere-defaults.ts decides whether it is a legacy initiate).
import { Node, SyntaxKind, ts, type CallExpression, type SourceFile } from '#ts-morph';
import { descendantsOfKinds } from '../engine/descendants.js';
import { isExportedDeclaration } from './exports.js';
import { ENROLLMENT_REFERENCE_FIELD } from '../../api/index.js';
import type { InitiateKind } from './body-mapping.js';
import { clientOfIdentifier } from './client-identity.js';
import type { EditSet } from './edit-set.js';
import { carriesCredentials, legacyThroughDefaults, kyxTarget } from './elsewhere-defaults.js';
import { unwrap, type EvalContext } from './eval-context.js';
import { axiosConfigForm, axiosShorthand, gotForm, optionsObject, prop, requestForm, SHORTHANDS } from './http-call-forms.js';
import type { HttpCall } from './http-calls.js';
import { findDeclaration, propertyKey } from './resolve-binding.js';
import { importedInstanceProblem, type InstanceOrigin } from './imported-instance-proof.js';
import { throughInstance } from './http-calls.js';
import { wreckForm } from './wreck-bent-calls.js';

const CALL = new Set([SyntaxKind.CallExpression]);

interface Factory {
  form: (call: CallExpression, member: string) => HttpCall | undefined;
  baseKey: string;
  /** A call through it may be migrated (request.defaults() never: request rejects an absolute URL beside a baseUrl). */
  migratable?: boolean;
}
const FACTORIES: Record<string, Record<string, Factory>> = {
  axios: { create: { form: (c, m) => (m === 'request' ? axiosConfigForm(c, 'axios-instance') : axiosShorthand(c, 'axios-instance', m, undefined)), baseKey: 'baseURL', migratable: true } },
  // ky is got's call shape (client-identity.ts): ky.create / ky.extend, got.extend.
  got: {
    extend: { form: (c, m) => gotForm(c, m), baseKey: 'prefixUrl', migratable: true },
    create: { form: (c, m) => gotForm(c, m), baseKey: 'prefixUrl', migratable: true },
  },
  request: { defaults: { form: (c, m) => requestForm(c, 'request', m), baseKey: 'baseUrl' } },
  'request-promise': { defaults: { form: (c, m) => requestForm(c, 'request-promise', m), baseKey: 'baseUrl' } },
  wreck: { defaults: { form: (c, m) => wreckForm(c, m), baseKey: 'baseUrl', migratable: true } },
};

/** The module specifier and exported name (`default` for a default export or module.exports) `id` is imported as. */
function importOf(id: Node): { specifier: string; exported: string } | undefined {
  const decl = findDeclaration(id, id.getText());
  if (Node.isImportSpecifier(decl)) return { specifier: decl.getImportDeclaration().getModuleSpecifierValue(), exported: decl.getName() };
  if (Node.isImportClause(decl)) {
    const d = decl.getParent();
    return Node.isImportDeclaration(d) ? { specifier: d.getModuleSpecifierValue(), exported: 'default' } : undefined;
  }
  // `const jumio = require('./jumio-client')`, `const { jumio } = require(…)`, `const jumio = require(…).jumio`
  const v = Node.isBindingElement(decl) ? decl.getFirstAncestorByKind(SyntaxKind.VariableDeclaration) : Node.isVariableDeclaration(decl) ? decl : undefined;
  let init = v?.getInitializer() && unwrap(v.getInitializer()!);
  let exported = Node.isBindingElement(decl) ? propertyKey(decl.getPropertyNameNode() ?? decl.getNameNode()) : 'default';
  if (Node.isVariableDeclaration(decl) && Node.isPropertyAccessExpression(init)) [exported, init] = [init.getName(), unwrap(init.getExpression())];
  const arg = Node.isCallExpression(init) && init.getExpression().getText() === 'require' ? init.getArguments()[0] : undefined;
  return arg && Node.isStringLiteral(arg) && exported ? { specifier: arg.getLiteralValue(), exported } : undefined;
}

/** The value a module exports under `name`: `export const name = …`, `export default …`, `module.exports = …`,
 * `exports.name = …` (a const it names followed to its initialiser). */
function exportedValue(sf: SourceFile, name: string): Node | undefined {
  let value: Node | undefined;
  if (name === 'default') value = sf.getExportAssignment((e) => !e.isExportEquals())?.getExpression();
  else {
    const v = sf.getVariableDeclaration(name);
    const st = v?.getVariableStatement(); // (exported read from the syntax: ts-morph's isExported() builds a checker)
    if (st && isExportedDeclaration(st)) value = v!.getInitializer();
  }
  for (const st of value ? [] : sf.getStatements()) {
    const e = Node.isExpressionStatement(st) ? st.getExpression() : undefined;
    if (!Node.isBinaryExpression(e) || e.getOperatorToken().getKind() !== SyntaxKind.EqualsToken) continue;
    const target = e.getLeft().getText().replace(/\s+/g, '');
    if (name === 'default' ? target === 'module.exports' : target === `exports.${name}` || target === `module.exports.${name}`) value = e.getRight();
  }
  const u = value && unwrap(value);
  if (Node.isIdentifier(u)) return sf.getVariableDeclaration(u.getText())?.getInitializer();
  return u;
}

interface Instance { factory: Factory; text: string; config: Node | undefined; made: CallExpression; client: string }

/** The client instance `value` makes: `axios.create(cfg)`, `got.extend(cfg)`, `ky.create(cfg)`, `request.defaults(cfg)`. */
function instanceOf(value: Node | undefined): Instance | undefined {
  const call = value && unwrap(value);
  const callee = Node.isCallExpression(call) ? call.getExpression() : undefined;
  const root = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
  if (!Node.isIdentifier(root)) return undefined;
  const module = clientOfIdentifier(root)?.module;
  const factory = module ? FACTORIES[module]?.[(callee as import('ts-morph').PropertyAccessExpression).getName()] : undefined;
  return factory && { factory, text: `${callee!.getText()}()`, config: (call as CallExpression).getArguments()[0], made: call as CallExpression, client: module! };
}

/** A call made through a client instance imported from another module of the repository, with what it inherits. */
export interface ImportedInstanceCall {
  call: CallExpression;
  http: HttpCall;
  /** The instance's base URL option, when its config spells one. */
  base: Node | undefined;
  config: Node | undefined;
  /** "`jumio`, the axios.create() instance of ./jumio-client (line 5)" — for the item. */
  where: string;
  origin: InstanceOrigin;
  migratable: boolean;
}

/** Every request call of `sf` made through an instance imported from another module (`member`: the client method). */
export function importedInstanceCalls(ctx: EvalContext, sf: SourceFile): ImportedInstanceCall[] {
  const out: ImportedInstanceCall[] = [];
  // Only `x.member(…)` calls whose member is a request method, picked on the compiler's nodes: wrapping every call
  // of every candidate file was a tenth of the initiate rules' time on a large repository.
  const candidates = descendantsOfKinds(sf, CALL, (n) => {
    const e = (n as ts.CallExpression).expression;
    return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && ts.isIdentifier(e.name) &&
      (SHORTHANDS.includes(e.name.text) || e.name.text === 'request');
  });
  for (const call of candidates as CallExpression[]) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !Node.isIdentifier(callee.getExpression())) continue;
    const member = callee.getName();
    if (!SHORTHANDS.includes(member) && member !== 'request') continue;
    const imp = importOf(callee.getExpression());
    const other = imp && imp.specifier.startsWith('.') ? ctx.loadModule(imp.specifier, call) : undefined;
    const inst = other && instanceOf(exportedValue(other, imp!.exported));
    const http = inst?.factory.form(call, member);
    if (!inst || !http) continue;
    const line = inst.config?.getStartLineNumber() ?? 1;
    out.push({
      call, http, config: inst.config, base: prop(optionsObject(inst.config), inst.factory.baseKey),
      where: `\`${callee.getExpression().getText()}\`, the ${inst.text} instance of ${imp!.specifier} (line ${line})`,
      origin: { module: other!, exported: imp!.exported, made: inst.made, client: inst.client }, migratable: !!inst.factory.migratable,
    });
  }
  return out;
}

const proven = new WeakMap<CallExpression, boolean>();

/** The calls of `sf` through an imported instance that are migrated like calls through an instance of the file's own:
 * the instance adds only what the migrated call overrides (imported-instance-proof.ts). Each comes with the instance's
 * config and base URL, as a call through a local instance does (http-calls.ts throughInstance). */
export function migratableImportedCalls(ctx: EvalContext, sf: SourceFile): HttpCall[] {
  const out: HttpCall[] = [];
  for (const ic of importedInstanceCalls(ctx, sf)) {
    if (isMigratable(ic, ctx)) out.push(throughInstance(ic.http, ic.config!, FACTORY_BASE[ic.origin.client]!, ic.origin.client === 'got')!);
  }
  return out;
}

const FACTORY_BASE: Record<string, string> = { axios: 'baseURL', got: 'prefixUrl', wreck: 'baseUrl' };

/** Is the call through an imported instance migrated like one through an instance of the file's own? */
export function isMigratable(ic: ImportedInstanceCall, ctx: EvalContext): boolean {
  if (!ic.migratable || !ic.config) return false;
  let yes = proven.get(ic.call);
  if (yes === undefined) proven.set(ic.call, (yes = importedInstanceProblem(ic.origin, ctx) === undefined));
  return yes;
}

/** The end of an imported-instance item: why the call is not migrated, and how to do it by hand. */
export function importedInstanceAdvice(target: string): string {
  return 'The codemod does not migrate a call whose instance is configured in another module (the instance would still add its ' +
    `base URL and credentials, and serves other calls): migrate this call by hand to ${target} with an OAuth2 bearer ` +
    'token, overriding the instance\'s base URL and credentials in the call (axios: an absolute URL and auth: null), or send it ' +
    'through a KYX client (see MIGRATION.md)';
}

/** Flags each legacy initiate of `kind` sent through an instance imported from another module. */
export function flagImportedInstanceCalls(ctx: EvalContext, sf: SourceFile, edits: EditSet, kind: InitiateKind): HttpCall[] {
  const text = sf.getFullText();
  if (!text.includes('initiate') && !text.includes(ENROLLMENT_REFERENCE_FIELD)) return [];
  const flagged: HttpCall[] = [];
  for (const ic of importedInstanceCalls(ctx, sf)) {
    const { call, http, base, config, where } = ic;
    if (isMigratable(ic, ctx) && legacyThroughDefaults(http, base, ctx, kind)?.proven) continue; // migrated (initiate-rule.ts)
    const verdict = legacyThroughDefaults(http, base, ctx, kind);
    if (!verdict) continue;
    const sends = verdict.proven
      ? `its base URL makes this call POST ${verdict.display}${carriesCredentials(config) ? ' with the instance\'s legacy Basic credentials' : ''}`
      : `its base URL is a value the codemod cannot read, and this call sends a legacy ${kind} body to a legacy initiate path`;
    edits.addManual(call, `legacy Jumio ${kind} initiate not migrated automatically: it goes through ${where}; ${sends}. ${importedInstanceAdvice(kyxTarget(kind))}`);
    flagged.push(http);
  }
  return flagged;
}
