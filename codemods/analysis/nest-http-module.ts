// NestJS's HttpService takes its axios defaults from the module that registers HttpModule:
// `HttpModule.register({ baseURL: 'https://netverify.com/api', auth: { username, password } })` or
// `HttpModule.registerAsync({ useFactory: () => ({ baseURL, auth }) })` in a @Module whose providers include the
// service. A service posting a relative '/authentication/v1/web/initiate' through it is a legacy initiate with Basic
// credentials the call never spells; it was neither migrated nor flagged. It is flagged at the call now, naming the
// registration (elsewhere-defaults.ts decides whether the call is a legacy initiate): not migrated, because the
// module's auth would still be sent (axios sends an instance's auth instead of any Authorization header) and the
// registration serves every HttpService call of the module.
import { dirname, relative } from 'node:path';
import { codeFiles } from './repo-files.js';
import { Node, SyntaxKind, type CallExpression, type SourceFile } from '#ts-morph';
import type { InitiateKind } from './body-mapping.js';
import type { EditSet } from './edit-set.js';
import { carriesCredentials, legacyInitiatePath, legacyThroughDefaults, kyxTarget } from './elsewhere-defaults.js';
import { unwrap, type EvalContext } from './eval-context.js';
import { injectedHttpService, optionsObject, prop } from './http-call-forms.js';
import { possibleHttpCalls, recogniseHttpCall, type HttpCall } from './http-calls.js';
import { aliasedNestAxiosRef, isNestAxiosRef } from './nest-axios-ref.js';
import { resolveObjectLiteralInFile } from './object-literals.js';
import { candidateText, evaluateStrings } from './static-strings.js';

interface Registration {
  call: CallExpression;
  /** The axios config the registration gives (register's argument, registerAsync's factory result), if readable. */
  config: Node | undefined;
  file: string;
}

/** The object a registerAsync useFactory returns: `() => ({ … })`, or a `return { … }` of its body. */
function factoryResult(options: Node | undefined): Node | undefined {
  const f = prop(optionsObject(options), 'useFactory');
  const fn = f && unwrap(f);
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) {
    const m = optionsObject(options)?.getProperty('useFactory');
    if (!m || !Node.isMethodDeclaration(m)) return undefined;
    return returned(m);
  }
  return returned(fn);
}

function returned(fn: Node): Node | undefined {
  const body = (fn as unknown as { getBody(): Node | undefined }).getBody();
  if (body && !Node.isBlock(body)) return resolveObjectLiteralInFile(unwrap(body));
  const ret = body?.getDescendantsOfKind(SyntaxKind.ReturnStatement).find((r) => r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) === fn);
  const e = ret?.getExpression();
  return e ? resolveObjectLiteralInFile(unwrap(e)) : undefined;
}

/** HttpModule.register / registerAsync calls of `sf` inside a @Module whose providers name `service`. */
function registrationsIn(sf: SourceFile, service: string, file: string): Registration[] {
  const out: Registration[] = [];
  const named = new RegExp(`\\b${service}\\b`);
  for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== 'HttpModule' || !/^register(Async)?$/.test(callee.getName())) continue;
    const module = call.getFirstAncestorByKind(SyntaxKind.Decorator);
    const options = module?.getName() === 'Module' ? optionsObject(module.getArguments()[0]) : undefined;
    const providers = prop(options, 'providers');
    if (!providers || !named.test(providers.getText())) continue;
    const arg = call.getArguments()[0];
    const config = callee.getName() === 'register' ? (arg && resolveObjectLiteralInFile(unwrap(arg))) : factoryResult(arg);
    out.push({ call, config, file });
  }
  return out;
}

/** The registrations the service's HttpService gets: in the run's files, and in the module files beside it or in
 * its parent folder (Nest's `x.service.ts` next to `x.module.ts`, the app module). */
function registrationsFor(ctx: EvalContext, service: string): Registration[] {
  const main = ctx.main.absPath;
  const dir = dirname(main);
  // A fixture or a lone file has no run to list them: Nest's module files (`x.module.ts`) of its folder and the one
  // above, from the repository listing the other cross-file searches use (repo-files.ts).
  const beside = new Set([dir, dirname(dir)]);
  const modules = codeFiles(ctx.project.root).filter((f) => beside.has(dirname(f)) && /\.module\.[cm]?[jt]s$/.test(f));
  const files = [...new Set([...(ctx.project.runFiles?.() ?? []), ...modules])];
  const out: Registration[] = [];
  for (const abs of files) {
    const text = abs === main ? undefined : ctx.project.readFile(abs);
    if (!text || !text.includes('HttpModule') || !text.includes(service)) continue;
    const sf = ctx.project.getSourceFile(abs);
    if (!sf) continue;
    ctx.adopt(sf, abs);
    const rel = relative(dir, abs).replace(/\\/g, '/');
    out.push(...registrationsIn(sf, service, rel.startsWith('.') ? rel : `./${rel}`));
  }
  return out;
}

/** Flags each legacy initiate of `kind` a NestJS HttpService posts to a relative path. */
export function flagNestHttpModuleCalls(ctx: EvalContext, sf: SourceFile, edits: EditSet, kind: InitiateKind): HttpCall[] {
  if (!sf.getFullText().includes('HttpService')) return [];
  const flagged: HttpCall[] = [];
  for (const call of possibleHttpCalls(sf)) {
    const http = recogniseHttpCall(call);
    const callee = call.getExpression();
    const target = Node.isPropertyAccessExpression(callee) ? callee.getExpression() : undefined;
    if (!http || http.base || !target || !(injectedHttpService(target)?.kind === 'nest' || isNestAxiosRef(target) || aliasedNestAxiosRef(target))) continue;
    // An absolute URL is the call's own (findInitiateCalls and the unseen-host report see it); a path no legacy initiate
    // ends with needs no registration looked up.
    if (!legacyInitiatePath(http, ctx, kind) || evaluateStrings(http.url, ctx).some((c) => /^\/\//.test(candidateText(c)))) continue;
    const service = call.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getName();
    if (!service) continue;
    const regs = registrationsFor(ctx, service);
    const reg = regs.length === 1 ? regs[0] : undefined;
    const verdict = legacyThroughDefaults(http, prop(optionsObject(reg?.config), 'baseURL'), ctx, kind);
    if (!verdict) continue;
    const how = reg ? `HttpModule.${(reg.call.getExpression() as import('ts-morph').PropertyAccessExpression).getName()} in ${reg.file} (line ${reg.call.getStartLineNumber()})` : '';
    const credentials = carriesCredentials(reg?.config);
    const sends = verdict.proven
      ? `its base URL${credentials ? ' and the legacy Basic credentials' : ''} come from ${how}, the module that provides ${service}: it POSTs ${verdict.display}`
      : reg ? `its base URL comes from ${how}, the module that provides ${service}, and is a value the codemod cannot read; the call sends a legacy ${kind} body to a legacy initiate path`
        : `the base URL and credentials of this HttpService are set where HttpModule is registered (HttpModule.register / registerAsync in the module that provides ${service}), which the codemod could not find; the call sends a legacy ${kind} body to a legacy initiate path`;
    edits.addManual(call, `legacy Jumio ${kind} initiate not migrated automatically: this NestJS HttpService call sends a relative path; ${sends}. ` +
      'The codemod does not migrate a call whose defaults are set at module registration (they serve every HttpService call of the module, ' +
      `and axios sends the module's auth instead of any Authorization header): migrate this call by hand to ${kyxTarget(kind)} with an ` +
      'absolute URL, an OAuth2 bearer token and auth: null in its config, or register a KYX HttpModule for it (see MIGRATION.md)');
    flagged.push(http);
  }
  return flagged;
}
