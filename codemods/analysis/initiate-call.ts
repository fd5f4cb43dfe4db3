// Migrates one proven legacy initiate call (authentication → KYX account PUT, enrolment → KYX account POST):
// URL, method, body, auth and response reads, in the customer's client and style. Shared by both rules.
import { runsInBrowser } from './browser-code.js';
import { Node, SyntaxKind, type ObjectLiteralExpression } from '#ts-morph';
import { ENROLLMENT_REFERENCE_FIELD, KYX_ACCOUNTS_PATH, LEGACY, kyxOrigin, type KyxRegion } from '../../api/index.js';
import { enclosingFunction, ensureAsync, outerStatement, statementOf } from './async-context.js';
import { bodyFacts, mapBody, type InitiateKind } from './body-mapping.js';
import { rewriteAuth } from './call-auth.js';
import type { HttpCall } from './http-calls.js';
import { optionsObject } from './http-call-forms.js';
import { HELPER_EXPORTS } from './kyx-helper.js';
import type { LegacyEndpoint } from './legacy-endpoint.js';
import { lineIndent } from './object-edits.js';
import { resolveObjectLiteralInFile, variableOf } from './object-literals.js';
import { ResponseFlow } from './response-flow.js';
import { AXIOS_RETRY_PUT, axiosRetryOf, gotPutRetry } from './put-retries.js';
import { rewriteBodyFieldUses } from './body-uses.js';
import { findDeclaration } from './resolve-binding.js';
import { bindBeside } from './bind-beside.js';
import type { FileMigration } from './file-migration.js';
import { authHook, authInterceptor, callbackErrorPath, chainErrorPath, instanceMaySetAuth } from './migration-risks.js';
import { executorHoist } from './executor-hoist.js';
import { axiosInstanceItem, instanceItem, instanceOverrides } from './instance-overrides.js';
import { errorPathItem, followUpItems } from './initiate-items.js';
import { nonNodeRuntimeMessage } from './edge-runtime.js';
import { opaqueResultWhat } from './axios-response-interceptor.js';
import { ownTransformParameter } from './transform-response.js';
import { opaqueSpreadDetail } from './spread-defaults.js';

const SIMPLE_EXPR = /^[\w$]+(\??\.[\w$]+)*$/;

/** Migrate one call. Returns false (and records why) when it cannot be done safely. */
export function migrateInitiateCall(fm: FileMigration, http: HttpCall, endpoint: LegacyEndpoint, kind: InitiateKind): boolean {
  const { edits } = fm;
  const site = statementOf(http.call) ?? http.call;
  const stop = (why: string): false => {
    edits.addManual(site, `legacy Jumio ${kind} initiate not migrated automatically: ${why}`);
    return false;
  };
  const ownStatement = http.call.getFirstAncestor((a) => Node.isStatement(a));
  const fnOfCall = enclosingFunction(http.call);
  if (ownStatement && ownStatement !== site && !(fnOfCall && Node.isArrowFunction(fnOfCall) && !Node.isBlock(fnOfCall.getBody()))) {
    return stop('the call is the body of an if/loop without braces; add braces so the account lookup runs only with the call');
  }
  if (http.unproven) return stop(http.unproven);
  const bodyObj = http.body ? resolveObjectLiteralInFile(http.body.value) : undefined;
  if (!bodyObj) return stop('the request body is not an object literal visible in this file; map it as in MIGRATION.md');
  if (!fm.evalCtx.isMainFile(bodyObj)) return stop('the request body is built in another module');
  if (runsInBrowser(fm.file, fm.block, fm.evalCtx.project)) {
    return stop('browser code calls the Jumio API with API credentials: move this call to your back end (KYX OAuth2 client credentials must never reach a browser)');
  }
  const facts = bodyFacts(bodyObj);
  const fn = enclosingFunction(http.call);
  const multi = endpoint.regions.length > 1;
  const needed = [kind === 'authentication' ? facts.enrollmentRefNode : undefined, multi ? http.url : undefined];
  // Inside a `new Promise((resolve, reject) => …)` executor the awaits go above the promise (executor-hoist.ts), so
  // what the call uses may be built in the function around it.
  const hoist = executorHoist(fn, needed);
  const scope = hoist ? enclosingFunction(hoist.promise) : fn;
  const inFn = (n: Node) => !scope || (n.getStart() >= scope.getStart() && n.getEnd() <= scope.getEnd());
  if (kind === 'authentication' && !facts.enrollmentRef) return stop(`the body has no literal ${ENROLLMENT_REFERENCE_FIELD}`);
  if (kind === 'authentication' && !inFn(bodyObj)) return stop('the request body is declared outside the function that sends it');
  if (http.options && !inFn(http.options)) return stop('the request options are declared outside the function that sends it');
  if (!inFn(http.url)) return stop('the URL option is declared outside the function that sends it');
  // `headers: h` or the shorthand `{ headers }` (node-fetch's `const headers = new Headers()`).
  const headersValue = http.options?.getProperties().find((p) => (Node.isPropertyAssignment(p) || Node.isShorthandPropertyAssignment(p)) && p.getName() === 'headers');
  const headersInit = headersValue && Node.isPropertyAssignment(headersValue) ? headersValue.getInitializer()
    : headersValue && Node.isShorthandPropertyAssignment(headersValue) ? headersValue.getNameNode() : undefined;
  const headersVar = headersInit ? variableOf(headersInit)?.getInitializer() : undefined;
  if (headersInit && !http.headers && ((!Node.isIdentifier(headersInit) && !Node.isPropertyAccessExpression(headersInit)) ||
      (headersVar && Node.isNewExpression(headersVar)))) {
    return stop('the headers are built as an object the codemod cannot edit (e.g. a Headers instance); set Authorization: Bearer from kyxAccessToken by hand');
  }
  // A client instance (got.extend, ky.create, ofetch.create): the call overrides the instance's base URL and
  // credentials when its config is proven to do nothing else to a KYX request (instance-overrides.ts).
  const instance = instanceOverrides(http, fm.ctx.style.quote, kind === 'authentication');
  if (instance && 'unproven' in instance) return stop(instance.unproven);
  const transformText = ownTransformParameter(http); // the call's own transformResponse: its reads move (transform-response.ts)
  if (http.opaqueResult && !transformText) {
    return stop(`${opaqueResultWhat(http.opaqueResult)} changes what the call resolves to, so ` +
      'the reads of redirectUrl / transactionReference cannot be followed; migrate the call as in MIGRATION.md and read web.href / workflowExecution.id');
  }
  const interceptor = authInterceptor(http);
  if (interceptor) {
    return stop(`a request interceptor of this client (line ${interceptor.getStartLineNumber()}) may set the Authorization header: it runs ` +
      'after the call\'s own config and would replace the KYX Bearer token with the legacy credentials; make it leave KYX calls ' +
      'alone (or send this call through a client without it), then migrate the call as in MIGRATION.md');
  }
  const hook = authHook(http);
  if (hook) {
    const hookName = http.client === 'ofetch' ? 'an onRequest interceptor' : 'a beforeRequest hook';
    return stop(`${hookName} of this call (line ${hook.getStartLineNumber()}) may set the Authorization header: it runs after the ` +
      'call\'s own options and would replace the KYX Bearer token with the legacy credentials; make it leave KYX calls alone, then migrate the call as in MIGRATION.md');
  }
  // A base URL the client joins the URL to picks the region (an instance whose config is not visible may hold one);
  // an instance without one (axios.create({ timeout })) sends the call's absolute, region-mapped URL as written.
  // (A superagent agent's instanceConfig is its agent() call: an agent has no base URL.)
  if (multi && (http.base || (http.instanceConfig && http.client !== 'superagent' && !optionsObject(http.instanceConfig)))) return stop('the region is chosen through a client base URL; point each region at account.<region>.jumio.ai by hand');

  // The lookup statements go before the first statement that builds the request (body, headers, options).
  const outsideSite = (o: Node | undefined) => !!o && !(o.getStart() >= site.getStart() && o.getEnd() <= site.getEnd());
  const builders = [bodyObj, http.headers, http.options].filter(outsideSite).map((o) => statementOf(o!));
  const base = outerStatement(hoist?.anchor ?? site, builders.filter((b): b is Node => !!b && inFn(b))); // (a body built before the retry loop holding the call)
  const starts = [base, ...builders].filter((s): s is Node => !!s && inFn(s) && s.getParent() === base.getParent());
  const anchor = starts.reduce((a, b) => (b.getStart() < a.getStart() ? b : a), base);
  for (const n of needed) {
    if (!hoist && n && declaredAfter(n, anchor, fn)) return stop('the enrollment reference or URL is computed after the request is built; move it up');
  }
  if (http.opaqueOptions && !hoist && declaredAfter(http.opaqueOptions, anchor, fn)) return stop('the request options are computed after the request is built; move them up');

  const { esm, unavailable } = fm.helperPlan();
  if (unavailable) return stop(unavailable);
  const asyncFn = hoist ? enclosingFunction(hoist.promise) : fn;
  const wasAsync = !asyncFn || !(Node.isFunctionDeclaration(asyncFn) || Node.isFunctionExpression(asyncFn) || Node.isArrowFunction(asyncFn) ||
    Node.isMethodDeclaration(asyncFn)) || asyncFn.isAsync();
  const asyncProblem = ensureAsync(hoist?.promise ?? http.call, esm, edits);
  if (asyncProblem) return stop(asyncProblem);
  // Hoisted from a returned promise: a failed lookup rejects what the function returned, as a reject() in the executor did.
  const errorPath = hoist ? (hoist.returned ? undefined : 'the code that handles this promise\'s rejection') : wasAsync ? (fn ? chainErrorPath(http, fn) : undefined) : callbackErrorPath(http, fn!);
  if (errorPath) edits.addManual(site, errorPathItem(kind, errorPath, !wasAsync));

  const q = fm.ctx.style.quote;
  const semi = fm.ctx.style.semicolons ? ';' : '';
  const acct = kind === 'authentication' ? fm.name('kyxAccount') : undefined;
  const pre: string[] = [];
  let refText = facts.enrollmentRef;
  if (acct && refText) {
    const literal = facts.enrollmentRefNode && (Node.isStringLiteral(facts.enrollmentRefNode) || Node.isNoSubstitutionTemplateLiteral(facts.enrollmentRefNode));
    if (!SIMPLE_EXPR.test(refText) && !literal) {
      // Evaluate the expression once: the lookup and customerInternalReference both use the variable. The body
      // property that held it is replaced as a whole by mapBody, so the value node itself is not edited here.
      const refVar = fm.name('kyxEnrollmentReference');
      pre.push(`const ${refVar} = ${refText}${semi}`);
      refText = refVar;
    }
    pre.push(`const ${acct} = await ${HELPER_EXPORTS.resolve}(${refText})${semi}`);
    fm.importNames.add(HELPER_EXPORTS.resolve);
  }
  // URL
  const region: KyxRegion = endpoint.regions[0]!;
  let tokenArg = `${q}${region}${q}`;
  const tail = acct ? `${KYX_ACCOUNTS_PATH}/\${${acct}.accountId}` : KYX_ACCOUNTS_PATH;
  let urlText: string;
  if (!multi) {
    // A quoted URL keeps its own quotes (a file mixing both styles keeps each literal as it was).
    const uq = Node.isStringLiteral(http.url) ? http.url.getText()[0]! : q;
    urlText = acct ? `\`${kyxOrigin('account', region)}${tail}\`` : `${uq}${kyxOrigin('account', region)}${tail}${uq}`;
  } else {
    const origins = new Map<string, string>();
    for (const b of endpoint.branches) origins.set(new URL(candidateUrl(b.candidate)).origin, kyxOrigin('account', b.region));
    const map = `{ ${[...origins].map(([k, v]) => `${q}${k}${q}: ${q}${v}${q}`).join(', ')} }`;
    const typed = fm.block.language === 'ts' ? `(${map} as Record<string, string>)` : map;
    const originVar = fm.name('kyxOrigin');
    pre.push(`const ${originVar} = ${typed}[new URL(${http.url.getText()}).origin]${semi}`);
    urlText = `\`\${${originVar}}${tail}\``;
    tokenArg = originVar;
  }
  const urlParent = http.url.getParent();
  // Node's https hostname option (placeUrl sets it): a const or field that held the legacy host is dead now.
  if (http.client === 'node-http' && http.base && !multi) fm.dead.push([http.base.getStart(), http.base.getEnd()]);
  if (http.placeUrl && !multi) http.placeUrl({ full: urlText, origin: `${q}${kyxOrigin('account', region)}${q}`, path: acct ? `\`${tail}\`` : `${q}${tail}${q}`, method: acct && 'PUT' }, edits);
  else if (urlParent && Node.isShorthandPropertyAssignment(urlParent)) edits.replaceNode(urlParent, `${urlParent.getName()}: ${urlText}`, 'URL → KYX account API');
  else edits.replaceNode(http.url, urlText, `URL → KYX account API (${region}${multi ? ', every region mapped' : ''})`);

  // Method
  if (kind === 'authentication' && http.methodNode) {
    const m = http.methodNode;
    if (Node.isIdentifier(m)) edits.replaceNode(m, m.getText() === m.getText().toUpperCase() ? 'PUT' : 'put', 'POST → PUT (account update)');
    // `const { post } = require('axios')`: the call is now `put(…)`, bound beside it.
    if (http.methodBinding) bindBeside(http.methodBinding, 'put', edits);
    else if (Node.isStringLiteral(m) || Node.isNoSubstitutionTemplateLiteral(m)) {
      const v = m.getLiteralValue();
      edits.replaceNode(m, m.getText().replace(v, v === v.toUpperCase() ? 'PUT' : 'put'), 'POST → PUT (account update)');
    }
  }

  // Body (and writes/reads of its fields after creation). A legacy request type on the body no longer fits: drop it.
  const bodyVar = variableOf(http.body!.value);
  const bodyType = bodyVar?.getTypeNode();
  if (bodyVar && bodyType) {
    edits.replaceRange(bodyVar, bodyVar.getNameNode().getEnd(), bodyType.getEnd(), '', 'legacy request type annotation removed (the body is now a KYX account request)');
    fm.dead.push([bodyType.getStart(), bodyType.getEnd()]); // the type itself may be dead now (noUnusedLocals)
  }
  const wrapper = bodyObj.getParent();
  if (wrapper && (Node.isAsExpression(wrapper) || Node.isSatisfiesExpression(wrapper)) && fm.block.language === 'ts') {
    edits.replaceRange(wrapper, bodyObj.getEnd(), wrapper.getEnd(), '', 'legacy request type assertion removed');
    fm.dead.push([bodyObj.getEnd(), wrapper.getEnd()]);
  }
  const later = rewriteBodyFieldUses(http.body!.value, bodyObj, kind, edits);
  const problems = mapBody(bodyObj, {
    kind, style: fm.ctx.style, language: fm.block.language,
    credentialIdText: acct ? `${acct}.credentialId` : undefined,
    customerInternalReferenceText: refText,
    webAssignedLater: later.webAssigned,
    dead: fm.dead, ctx: fm.evalCtx,
  }, edits);
  problems.push(...later.problems);
  const spreadItem = 'the body spreads another object: check it holds no legacy field (successUrl, errorUrl, locale → web.*; tokenLifetimeInMinutes → tokenLifetime)';
  if (facts.opaqueSpreads.length) problems.push(spreadItem + opaqueSpreadDetail(facts.opaqueSpreads));

  // Auth
  let bearer = `\`Bearer \${await ${HELPER_EXPORTS.token}(${tokenArg})}\``;
  if (hoist) {
    // The executor stays synchronous: the token is awaited above the promise too.
    const tokenVar = fm.name('kyxToken');
    pre.push(`const ${tokenVar} = await ${HELPER_EXPORTS.token}(${tokenArg})${semi}`);
    bearer = `\`Bearer \${${tokenVar}}\``;
  }
  fm.importNames.add(HELPER_EXPORTS.token);
  // An axios config the codemod cannot see (`jumioConfig()`, a parameter): spread it, with the Bearer header over its
  // headers and `auth: null` over any Basic credentials it holds (a call is evaluated once, above the request).
  const opaque = http.opaqueOptions;
  let cfgText = opaque?.getText();
  if (opaque && !SIMPLE_EXPR.test(cfgText!)) {
    cfgText = fm.name('kyxRequestConfig');
    pre.push(`const ${cfgText} = ${opaque.getText()}${semi}`);
  }
  // axios drops any Authorization header when `auth` is set (its Node adapter deletes it; the browser adapters
  // overwrite it), and an instance's `auth` reaches every call. Only `auth: null` in the call's own config
  // overrides it (`undefined` falls back to the instance's value), so the Bearer token is actually sent.
  const instanceAuth = !!http.instanceConfig && instanceMaySetAuth(http.instanceConfig);
  const gotRetry = kind === 'authentication' ? gotPutRetry(http, fn) : undefined;
  const nullAuth = fm.block.language === 'ts' ? 'auth: null as never' : 'auth: null';
  const authResult = opaque
    ? { problems: [], dead: [] }
    : rewriteAuth(http, bearer, q, scope, edits, instanceAuth ? [nullAuth]
      : [...(instance && 'options' in instance ? instance.options : []), ...(gotRetry && 'option' in gotRetry ? [gotRetry.option] : [])], nullAuth);
  if (gotRetry && 'item' in gotRetry) problems.push({ node: site, message: gotRetry.item });
  if (opaque) {
    edits.replaceNode(opaque, `{ ...${cfgText}, headers: { ...${cfgText}?.headers, Authorization: ${bearer} }, ${nullAuth} }`,
      'Authorization: Bearer over the request options (KYX OAuth2 token)');
  }
  // No place for the Bearer header (or for auth: null): the call would go to KYX with the legacy credentials. The
  // rule rolls this call's edits back and flags it (initiate-rule.ts).
  const noBearer = authResult.problems.find((p) => p.startsWith('could not'));
  if (noBearer) throw new Error(noBearer);
  problems.push(...authResult.problems);
  if (instance && 'options' in instance) {
    if (instance.credentials) edits.addManual(instance.config, instanceItem(http, instance.options));
  } else if (http.instanceConfig && (instanceAuth || /\bauthorization\b/i.test(http.instanceConfig.getText()))) {
    edits.addManual(http.instanceConfig, axiosInstanceItem(http.instanceConfig, instanceAuth));
  }

  // Statements before the call (account lookup, region origin)
  if (pre.length) {
    const body = fn && Node.isArrowFunction(fn) ? fn.getBody() : undefined;
    if (body && !Node.isBlock(body)) {
      // `(x) => client.post(…)` becomes a block body so the lookup can run first.
      const indent = lineIndent(fn!);
      const inner = indent + fm.ctx.style.indent;
      // The brace goes right after `=>`, so a body written on the next line does not leave `{` alone on a line.
      const arrow = (fn as import('ts-morph').ArrowFunction).getEqualsGreaterThan();
      edits.replaceRange(body, arrow.getEnd(), body.getStart(), ` {\n${pre.map((p) => `${inner}${p}\n`).join('')}${inner}return `, 'arrow body → block');
      edits.insertAt(body, body.getEnd(), `${semi}\n${indent}}`, 'arrow body → block');
    } else {
      const indent = lineIndent(anchor);
      edits.insertLinesAbove(anchor, pre, indent, 'look up the KYX account of the enrolment');
    }
  }

  // Legacy URL constants and Basic credentials that only fed what was replaced are dead now.
  fm.dead.push(...authResult.dead, ...(multi ? [] : [[http.url.getStart(), http.url.getEnd()] as [number, number]]));

  // Response reads
  const leavesMessage = `the legacy initiate response leaves here whole: code that reads ${LEGACY.redirectUrl} / ${LEGACY.transactionReference} from it ` +
    `(callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id`;
  new ResponseFlow(http, fm.evalCtx, edits, { leavesMessage }).run(transformText);

  // What a human must still do
  const helperFile = fm.helperPlan().newFile.absPath.split(/[\\/]/).pop();
  const runtimeItem = nonNodeRuntimeMessage(fm.block.sourceFile, helperFile ?? 'the KYX auth helper');
  if (runtimeItem) edits.addManual(site, runtimeItem);
  const retrier = kind === 'authentication' ? axiosRetryOf(http) : undefined;
  if (retrier) edits.addManual(site, AXIOS_RETRY_PUT(retrier.getStartLineNumber()));
  for (const item of followUpItems(kind, helperFile ?? 'the KYX auth helper', facts.fields, http, fm.block.sourceFile)) edits.addManual(site, item);
  for (const p of problems) {
    if (typeof p === 'string') edits.addManual(bodyObj, p);
    else edits.addManual(p.node, p.message);
  }
  return true;
}

/** Does `n` use a local declared at or after `anchor` (inside fn)? */
function declaredAfter(n: Node, anchor: Node, fn: Node | undefined): boolean {
  const ids = Node.isIdentifier(n) ? [n] : n.getDescendantsOfKind(SyntaxKind.Identifier);
  return ids.some((id) => {
    const p = id.getParent();
    if (Node.isPropertyAccessExpression(p) && p.getNameNode() === id) return false;
    const d = findDeclaration(id, id.getText());
    if (!d || !fn || d.getStart() < fn.getStart() || d.getEnd() > fn.getEnd()) return false;
    if (Node.isParameterDeclaration(d) || d.getFirstAncestorByKind(SyntaxKind.Parameter)) return false;
    return d.getStart() >= anchor.getStart();
  });
}

function candidateUrl(c: import('./static-strings.js').Candidate): string {
  return c.map((p) => p.text).join('');
}

export type { ObjectLiteralExpression };
