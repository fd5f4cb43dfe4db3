// Rule retrieval-authentication: the legacy Authentication retrieval
//   GET {netverify.com | lon.netverify.com | core-sgp.jumio.com}/api/netverify/v2/authentications/{ref}
// becomes the KYX workflow details call
//   GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{ref}
// in the customer's own client, with a bearer token from the KYX helper module and the account id from the
// `resolveKyxWorkflowAccount` seam. Reads of the details that map exactly are rewritten; the others are flagged
// with where the information is now. The URL must be proven (legacy host AND path on every branch).
import { runsInBrowser } from '../../analysis/browser-code.js';
import { Node, type CallExpression, type TypeNode } from '#ts-morph';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { kyxOrigin, kyxWorkflowDetailsUrl } from '../../../api/index.js';
import { JUMIO_NAME_SPELLINGS } from '../../analysis/jumio-names.js';
import type { ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { EvalContext } from '../../analysis/eval-context.js';
import { EditSet } from '../../analysis/edit-set.js';
import type { HttpCall } from '../../analysis/http-calls.js';
import { proveRetrievalUrl, type RetrievalUrl } from './retrieval-url.js';
import { partlyLegacyEndpoint, partlyLegacyMessage } from '../../analysis/partly-legacy.js';
import { readsEnvironment, unseenHostRetrieval, unseenRetrievalMessage } from '../../analysis/unseen-host.js';
import { bearerAuthEdits, clientAuthEdits } from './request-auth.js';
import { ownBaseOption, retrievalInstancePlan } from './instance-retrieval.js';
import { detailsFlow } from './details-flow.js';
import { rememberAstroTemplate, templateDetailsReads } from './astro-template.js';
import { ensureAsync } from '../../analysis/async-context.js';
import { executorHoist } from '../../analysis/executor-hoist.js';
import { executorBlocker, isPromiseExecutor } from './promise-executor.js';
import { authHook, authInterceptor, chainErrorPath, transportItems } from '../../analysis/migration-risks.js';
import { removeDeadCredentials } from './unused-credentials.js';
import { removeDeadDeclarations, removeDeadPrivateMembers } from './dead-declarations.js';
import { removeDeadNamespaces } from '../../analysis/dead-namespaces.js';
import { nonNodeRuntimeMessage } from '../../analysis/edge-runtime.js';
import { opaqueResultWhat } from '../../analysis/axios-response-interceptor.js';
import { rewriteReads } from './details-reads.js';
import { namedDeclarations, readFieldNames, updateDetailsType, type TypeState } from './details-types.js';
import { updateDetailsSchema } from './details-schema.js';
import { claimName } from './free-names.js';
import { flagImportedInstanceRetrievals, retrievalCandidates } from './imported-instance-retrieval.js';
import { HELPER_BASENAME, planRetrievalHelpers, SEAM_BASENAME, TOKEN_FN, WORKFLOW_ACCOUNT_FN } from './kyx-helper.js';
import { addHelperImports } from './helper-imports.js';
import { anchorStatement, awaitsAtTopLevel, enclosingFunction, isAsync, lineIndent, lookupReference, returnsTheCall, urlTarget } from './call-site.js';

export const RULE_ID = 'retrieval-authentication';

const IMAGE_GUIDANCE =
  'legacy authentication image retrieval: on KYX, GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/credentials/' +
  '{credentialId}/parts/FACE with a Bearer token (the SELFIE credential id is in the workflow details credentials[]); ' +
  'liveness images are FACEMAP parts LIVENESS_n (newer docs only)';

function seamMessage(seamFile: string): string {
  return `implement ${WORKFLOW_ACCOUNT_FN}() in ${seamFile} (the KYX account of a workflow execution: store account.id with ` +
    'workflowExecution.id when the authentication starts, or install a lookup with setKyxWorkflowAccountResolver), and ' +
    'create the KYX OAuth2 client pair the helper reads';
}

interface Migration {
  http: HttpCall;
  url: RetrievalUrl;
}

export const retrievalAuthenticationRule: Rule = {
  id: RULE_ID,
  title: 'Legacy authentication retrieval → KYX workflow-execution details (Bearer); exact result reads rewritten, the rest flagged',
  // The URL may be assembled from constants of other modules: any Jumio word lets the file be parsed.
  prefilter: ['authentications', ...JUMIO_NAME_SPELLINGS, 'core-sgp.jumio'],
  // An Astro page's frontmatter is server code (migrated like a script); its template scripts run in the browser.
  kinds: ['script', 'astro'],
  run(file: RuleFile, ctx: RuleContext): RuleResult {
    const result: RuleResult = { edits: [], manual: [], notes: [], newFiles: [], external: [] };
    for (const block of file.scripts) {
      const sf = block.sourceFile;
      rememberAstroTemplate(file, block);
      const ectx = new EvalContext(ctx.project, sf, file.absPath);
      const edits = new EditSet(block.offset, (n) => (n.getSourceFile() === sf ? undefined : ectx.pathOf(n)));
      const q = ctx.style.quote;
      const semi = ctx.style.semicolons ? ';' : '';
      let needsHelper = false;
      let seamFile: string | undefined;
      const seamFlagged = new Set<Node>(); // one seam item per function: its other retrievals wait on the same work
      const replacedUrls: Node[] = [];
      const replacedAuth: Node[] = [];
      const keptRefs: Node[] = [];
      const types: TypeState = { done: new Set(), kept: new Map(), copies: new Map(), callsFile: file.absPath.replace(/^.*[\\/]/, '') };
      // The migrated calls' types move after every call is seen: a declaration a flagged call still reads stays legacy.
      const movedTypes: { types: TypeNode[]; call: Node; read: Set<string> }[] = [];
      const keep = (h: HttpCall): void => {
        const decls = new Set<Node>();
        for (const t of detailsFlow(h, ectx).types) namedDeclarations(t, ectx, decls);
        for (const d of decls) if (!types.kept.has(d)) types.kept.set(d, h.call);
      };
      // Manual items on declarations in other modules travel with that module's external edits.
      const externalManual = new Map<string, ManualItem[]>();
      const flag = (node: Node, message: string): void => {
        const other = node.getSourceFile() === sf ? undefined : ectx.pathOf(node);
        if (!other) return edits.addManual(node, message);
        const list = externalManual.get(other) ?? [];
        if (!list.some((m) => m.pos === node.getStart() && m.message === message)) list.push({ pos: node.getStart(), message });
        externalManual.set(other, list);
      };

      // Through a client instance another module creates: flagged at the call (imported-instance-retrieval.ts).
      for (const h of flagImportedInstanceRetrievals(ectx, sf, edits)) keep(h);
      for (const { call, http } of retrievalCandidates(ectx, sf)) {
        if (!http || (http.method !== undefined && http.method !== 'GET')) continue;
        // bent and wretch's .url() append the URL to the base as plain text.
        const url = proveRetrievalUrl(http.url, ectx, http.base, http.client === 'bent' || http.client === 'wretch');
        if (!url) {
          // Legacy by default, but the URL can come from a setting: flagged, not rewritten (partly-legacy.ts).
          const p = partlyLegacyEndpoint(http.url, ectx, http.base);
          if (p?.route === 'auth-retrieval') {
            edits.addManual(call, partlyLegacyMessage(p, 'authentication retrieval',
              'GET https://retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId}'));
            keep(http);
          } else {
            // The path after a host that is a config value or a parameter (unseen-host.ts); an environment read is
            // listed in the report only, as the initiate rules list theirs (the file stays byte-identical).
            const unseen = unseenHostRetrieval(http, ectx);
            if (unseen) {
              edits.addManual(call, unseenRetrievalMessage(unseen), !readsEnvironment(http.url.getText()));
              keep(http);
            }
          }
          continue;
        }
        const m: Migration = { http, url };
        const problem = blocker(m, runsInBrowser(file, block, ctx.project)) ?? planRetrievalHelpers(file, block, ctx.project, ctx.style).problem;
        if (problem) {
          edits.addManual(call, problem);
          keep(http);
          continue;
        }
        const region = url.regions[0]!;
        seamFile ??= planRetrievalHelpers(file, block, ctx.project, ctx.style).seamFile;
        const fn = enclosingFunction(call) ?? sf; // (the module: blocker allows only one that awaits at its top level)
        const seamItem = !seamFlagged.has(fn) && !!seamFlagged.add(fn);
        // In a Promise executor the lookup and token are awaited above the promise, in the function around it
        // (promise-executor.ts); that function is made async, the executor stays synchronous.
        const hoist = executorHoist(fn, [url.refNode]);
        // A region chosen at run time: a legacy-origin → retrieval-origin table beside the call picks the KYX host (as
        // the initiate rules write), when the URL is written at the call and a statement before it can hold the table.
        const multi = url.regions.length > 1;
        if (multi && (hoist || urlTarget(http.url, fn) !== http.url || !anchorStatement(http.url))) {
          edits.addManual(call, runTimeRegion(url));
          keep(http);
          continue;
        }
        const scope = hoist ? enclosingFunction(hoist.promise)! : fn;
        if (!isAsync(scope)) {
          const why = ensureAsync(hoist?.promise ?? call, true, edits);
          if (why) {
            edits.addManual(call, `legacy retrieval: ${why}`);
            keep(http);
            continue;
          }
        }
        // The account lookup and the token are awaited before the call: its own .catch()/.then(ok, err) never sees them
        // (above a returned promise, a failure rejects what the function returns, as a reject() in the executor did).
        const errorPath = hoist ? (hoist.returned ? undefined : 'the code that handles this promise\'s rejection') : chainErrorPath(http, fn);
        if (errorPath) {
          edits.addManual(call, `the KYX account lookup and token are awaited before this call is made: a failure there rejects the ` +
            `enclosing function and never reaches ${errorPath}: wrap the new awaits in try/catch and hand the error to it`);
        }
        const refText = url.refNode ? url.refNode.getText() : `${q}${url.refText}${q}`;
        const lookupText = url.refNode ? lookupReference(url.refNode) : refText;
        // The account id: a statement before the call when there is a block to put it in, else inline.
        const target = urlTarget(http.url, fn);
        const anchor = hoist?.anchor ?? anchorStatement(target) ?? anchorStatement(call);
        const tokenVar = hoist ? claimName(scope, 'kyxToken') : '';
        const originVar = multi ? claimName(scope, 'kyxOrigin') : '';
        let accountExpr: string;
        if (anchor) {
          const accVar = claimName(scope, 'accountId', 'kyxAccountId');
          const binding = accVar === 'accountId' ? '{ accountId }' : `{ accountId: ${accVar} }`;
          edits.insertLinesAbove(anchor, [`const ${binding} = await ${WORKFLOW_ACCOUNT_FN}(${lookupText})${semi}`,
            ...(hoist ? [`const ${tokenVar} = await ${TOKEN_FN}(${q}${region}${q})${semi}`] : []),
            ...(multi ? [`const ${originVar} = ${originTable(url, q, block.language === 'ts')}[new URL(${http.url.getText()}).origin]${semi}`] : [])], lineIndent(anchor),
            'KYX account id of the workflow execution (seam in the helper module)');
          accountExpr = accVar;
        } else {
          accountExpr = `(await ${WORKFLOW_ACCOUNT_FN}(${lookupText})).accountId`;
        }
        if (seamItem) edits.addManual(anchor ?? call, seamMessage(seamFile));
        for (const item of transportItems(http, block.sourceFile, seamFile.replace(SEAM_BASENAME, HELPER_BASENAME))) edits.addManual(call, item);
        const origin = kyxOrigin('retrieval', region);
        const detailsUrl = (multi ? '${' + originVar + '}' : origin) +
          kyxWorkflowDetailsUrl(region, '${' + accountExpr + '}', '${' + refText + '}').slice(origin.length);
        const newUrl = `\`${detailsUrl}\``;
        // An undici pool's or agent's call names the path only: the client places the URL (undici-client-calls.ts).
        if (http.placeUrl) http.placeUrl({ full: newUrl, origin: `${q}${origin}${q}`, path: `\`${detailsUrl.slice(origin.length)}\`` }, edits);
        else edits.replaceNode(target, newUrl, `legacy retrieval URL → KYX workflow details (retrieval.${region})`);
        if (!multi) replacedUrls.push(target); // (the table still reads the legacy URL to pick the region)
        if (url.refNode) keptRefs.push(url.refNode);
        // bent: the call now makes its own inline factory, so the file's factory, read by no other call, is dead (and
        // with it what only it read); the client it calls (`bent`) is still called by the new text.
        const factory = http.client === 'bent' ? bentFactoryOf(http.call) : undefined;
        if (factory) {
          replacedUrls.push(http.call.getExpression());
          keptRefs.push(factory.getExpression());
        }
        const instance = retrievalInstancePlan(http, q, block.language === 'ts');
        const overrides = instance && 'options' in instance ? instance.options : [];
        const regionArg = multi ? originVar : `${q}${region}${q}`;
        const bearer = hoist ? `\`Bearer \${${tokenVar}}\`` : `\`Bearer \${await ${TOKEN_FN}(${regionArg})}\``;
        // bent: the headers are the call's third argument; wretch: a link of the chain (clientAuthEdits).
        const ownBase = ownBaseOption(http);
        if (ownBase) replacedUrls.push(ownBase);
        const auth = http.client === 'bent' || http.client === 'wretch' ? clientAuthEdits(http, bearer, edits)
          : bearerAuthEdits(http, bearer, { base: block.offset }, q, ctx.style.indent, overrides, ownBase ? [ownBase] : []);
        if (instance && 'item' in instance && instance.item) edits.addManual(instance.item.node, instance.item.message);
        if ('problem' in auth) throw new Error('unreachable: checked in blocker');
        for (const e of auth.edits) edits.edits.push(e);
        replacedAuth.push(...auth.replaced);

        const flow = detailsFlow(http, ectx);
        templateDetailsReads(flow, edits); // an Astro page's template reads (astro-template.ts)
        rewriteReads(flow, edits, q);
        movedTypes.push({ types: flow.types, call, read: readFieldNames(flow) });
        for (const schema of flow.schemas) updateDetailsSchema(schema, edits, flag);
        const runtimeItem = nonNodeRuntimeMessage(sf, seamFile.replace('kyx-workflow-account', 'kyx-auth'));
        if (runtimeItem) edits.addManual(call, runtimeItem);
        needsHelper = true;
      }

      for (const { types: ts, call, read } of movedTypes) for (const t of ts) updateDetailsType(t, ectx, edits, types, flag, call, 0, false, read);
      // Once every call is migrated: a Basic credentials const two retrievals of the file shared is dead only then.
      const credentialImports = new Set<Node>();
      const goneCredentials = removeDeadCredentials(replacedAuth, sf, edits, credentialImports);
      const removedStatements = removeDeadDeclarations(sf, replacedUrls, edits, keptRefs, replacedAuth, credentialImports);
      for (const st of goneCredentials) removedStatements.add(st);
      removeDeadPrivateMembers([...replacedUrls, ...replacedAuth], edits, keptRefs);
      for (const ns of removeDeadNamespaces(sf, replacedUrls.map((u) => [u.getStart(), u.getEnd()]), edits)) removedStatements.add(ns);
      if (needsHelper) {
        const helpers = planRetrievalHelpers(file, block, ctx.project, ctx.style);
        addHelperImports(sf, helpers.imports, removedStatements, edits);
        edits.newFiles.push(...helpers.newFiles);
      }

      edits.tidyRemovedLines(file.text);
      result.edits.push(...edits.edits);
      result.manual.push(...edits.manual);
      result.newFiles!.push(...edits.newFiles);
      const external = edits.externalEdits();
      for (const [absPath, manual] of externalManual) {
        const entry = external.find((x) => x.absPath === absPath);
        if (entry) entry.manual = [...(entry.manual ?? []), ...manual];
        else external.push({ absPath, edits: [], manual });
      }
      result.external!.push(...external);
    }
    return result;
  },
};

/** Why a proven retrieval call cannot be migrated automatically (a manual item), or undefined. */
function blocker({ http, url }: Migration, browser: boolean): string | undefined {
  if (url.rest !== '') return IMAGE_GUIDANCE;
  if (browser) {
    return 'browser code calls the Jumio retrieval API with API credentials: move this call to your back end (KYX OAuth2 client credentials must never reach a browser)';
  }
  const target = `GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token`;
  // A recognised call whose shape cannot be followed whole (an urllib call without dataType: 'json'…).
  if (http.unproven) return `legacy retrieval: ${http.unproven}; migrate by hand to ${target}`;
  // Run-time regions through a client that places the URL itself (a base URL, a pool, bent, wretch) stay manual.
  // (A superagent agent's instanceConfig is its agent() call, not a base URL.)
  if (url.regions.length > 1 && (http.placeUrl || http.base || (http.instanceConfig && http.client !== 'superagent') || http.client === 'bent' || http.client === 'wretch')) return runTimeRegion(url);
  if (http.opaqueResult) return `legacy retrieval: ${opaqueResultWhat(http.opaqueResult)} changes what the call resolves to (the details cannot be followed): migrate by hand to ${target}`;
  const interceptor = authInterceptor(http);
  if (interceptor) return `legacy retrieval through a client whose request interceptor (line ${interceptor.getStartLineNumber()}) may set the Authorization header (it would replace the Bearer token): make it leave KYX calls alone, then migrate by hand to ${target}`;
  const hook = authHook(http);
  if (hook) return `legacy retrieval whose beforeRequest hook (line ${hook.getStartLineNumber()}) may set the Authorization header (it would replace the Bearer token): make it leave KYX calls alone, then migrate by hand to ${target}`;
  // Through a client instance whose config is proven, the call overrides its base URL and credentials (instance-retrieval.ts).
  const instance = retrievalInstancePlan(http, "'", false);
  if (instance && 'problem' in instance) return `legacy retrieval: ${instance.problem}`;
  // The call's own base option goes with the migration (the KYX URL is absolute); another base (request.defaults…) stays flagged.
  if (http.base && !http.placeUrl && !http.instanceConfig && !ownBaseOption(http) && http.client !== 'wretch') return `legacy retrieval through a client base URL: migrate by hand to ${target}`;
  if (!url.refNode && url.refText === undefined) return `legacy retrieval: the reference is not visible at the call; migrate by hand to ${target}`;
  const fn = enclosingFunction(http.call);
  if (isPromiseExecutor(fn) && !executorHoist(fn, [url.refNode])) return `${executorBlocker(fn!, url.refNode)}; or migrate by hand to ${target}`;
  if (!isPromiseExecutor(fn) && !isAsync(fn) && !returnsTheCall(fn, http.call) && !awaitsAtTopLevel(http.call)) return `legacy retrieval outside an async function: the KYX call needs a bearer token and the account id first; migrate by hand to ${target}`;
  const probe = http.client === 'bent' || http.client === 'wretch' ? clientAuthEdits(http, 'x', new EditSet(0, () => undefined)) : bearerAuthEdits(http, 'x', { base: 0 }, "'", '  ', instance && 'options' in instance ? instance.options : [],
    [ownBaseOption(http)].filter((p) => !!p));
  if ('problem' in probe) return `legacy retrieval: ${probe.problem}; migrate by hand to ${target}`;
  return undefined;
}

const runTimeRegion = (url: RetrievalUrl): string => `legacy retrieval whose region is chosen at run time (${url.regions.join(', ')}): migrate by ` +
  'hand to GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token';

/** `({ 'https://lon.netverify.com': 'https://retrieval.emea-1.jumio.ai', … })`: the KYX retrieval origin of each legacy one. */
function originTable(url: RetrievalUrl, q: string, ts: boolean): string {
  const rows = Object.entries(url.origins).map(([legacy, region]) => `${q}${legacy}${q}: ${q}${kyxOrigin('retrieval', region)}${q}`);
  return `({ ${rows.join(', ')} }${ts ? ' as Record<string, string>' : ''})`;
}

/** The `bent(…)` call that made the factory a bent call goes through (`const getJson = bent(base, 'json')`). */
function bentFactoryOf(call: CallExpression): CallExpression | undefined {
  const callee = call.getExpression();
  const decl = Node.isIdentifier(callee) ? findDeclaration(callee, callee.getText()) : undefined;
  const init = Node.isVariableDeclaration(decl) ? decl.getInitializer() : undefined;
  return init && Node.isCallExpression(init) ? init : undefined;
}
