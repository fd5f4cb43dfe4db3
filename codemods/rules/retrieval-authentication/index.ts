// Rule retrieval-authentication: the legacy Authentication retrieval
//   GET {netverify.com | lon.netverify.com | core-sgp.jumio.com}/api/netverify/v2/authentications/{ref}
// becomes the KYX workflow details call
//   GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{ref}
// in the customer's own client, with a bearer token from the KYX helper module and the account id from the
// `resolveKyxWorkflowAccount` seam. Reads of the details that map exactly are rewritten; the others are flagged
// with where the information is now. The URL must be proven (legacy host AND path on every branch).
import { Node, SyntaxKind } from 'ts-morph';
import { findRetrievalField, kyxWorkflowDetailsUrl, transactionResultTableText, LEGACY } from '../../../api/index.js';
import type { ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { EvalContext, unwrap } from '../../analysis/eval-context.js';
import { findDeclaration } from '../../analysis/resolve-binding.js';
import { EditSet } from '../../analysis/edit-set.js';
import { recogniseHttpCall, type HttpCall } from '../../analysis/http-calls.js';
import { proveRetrievalUrl, type RetrievalUrl } from './retrieval-url.js';
import { bearerAuthEdits } from './request-auth.js';
import { detailsFlow } from './details-flow.js';
import { ensureAsync } from '../../analysis/async-context.js';
import { removeDeadCredentials } from './unused-credentials.js';
import { removeDeadDeclarations } from './dead-declarations.js';
import { rewriteReads } from './details-reads.js';
import { updateDetailsType } from './details-types.js';
import { planRetrievalHelpers, TOKEN_FN, WORKFLOW_ACCOUNT_FN } from './kyx-helper.js';

export const RULE_ID = 'retrieval-authentication';

const IMAGE_GUIDANCE =
  'legacy authentication image retrieval: on KYX, GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/credentials/' +
  '{credentialId}/parts/FACE with a Bearer token (the SELFIE credential id is in the workflow details credentials[]); ' +
  'liveness images are FACEMAP parts LIVENESS_n (newer docs only)';

function enclosingFunction(n: Node): Node | undefined {
  return n.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a));
}

/** A non-async function whose result is the call's promise chain can become async without changing what its
 * callers see (they already get a promise). */
function returnsTheCall(fn: Node | undefined, call: Node): boolean {
  if (!fn || !(Node.isArrowFunction(fn) || Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isMethodDeclaration(fn))) return false;
  if ((fn as { isGenerator?: () => boolean }).isGenerator?.()) return false;
  const body = fn.getBody();
  if (!body) return false;
  if (!Node.isBlock(body)) return body === call || body.getDescendants().includes(call as never) && enclosingFunction(call) === fn;
  const returns: Node[] = [];
  body.forEachDescendant((d, t) => {
    if (Node.isArrowFunction(d) || Node.isFunctionExpression(d) || Node.isFunctionDeclaration(d) || Node.isClassDeclaration(d)) return t.skip();
    if (Node.isReturnStatement(d)) returns.push(d);
  });
  return returns.length > 0 && returns.every((r) => r.getDescendants().includes(call as never));
}

function isAsync(fn: Node | undefined): boolean {
  return !!fn && (fn as unknown as { isAsync?: () => boolean }).isAsync?.() === true;
}

/** The statement directly inside a block / file / case clause that contains `n`. */
function anchorStatement(n: Node): Node | undefined {
  for (let c: Node | undefined = n; c; c = c.getParent()) {
    const p = c.getParent();
    if (!p) return undefined;
    if (Node.isArrowFunction(p) || Node.isFunctionExpression(p) || Node.isFunctionDeclaration(p)) return undefined;
    if (Node.isBlock(p) || Node.isSourceFile(p) || Node.isCaseClause(p) || Node.isDefaultClause(p)) return c;
  }
  return undefined;
}

function lineIndent(n: Node): string {
  const text = n.getSourceFile().getFullText();
  const ls = text.lastIndexOf('\n', n.getStart() - 1) + 1;
  return /^[ \t]*/.exec(text.slice(ls))![0];
}

/** Where the new URL goes: the call's argument, or the initialiser of a const of the same function that holds
 * the URL and is read only by this call (so no dead legacy URL is left behind). */
function urlTarget(url: Node, fn: Node): Node {
  const u = unwrap(url);
  if (!Node.isIdentifier(u)) return url;
  const decl = findDeclaration(u, u.getText());
  if (!Node.isVariableDeclaration(decl) || decl.getVariableStatement()?.getDeclarationKind() !== 'const') return url;
  const init = decl.getInitializer();
  if (!init || !decl.getAncestors().includes(fn as never)) return url;
  let reads = 0;
  fn.forEachDescendant((d) => {
    if (Node.isIdentifier(d) && d.getText() === u.getText() && d !== decl.getNameNode() && findDeclaration(d, d.getText()) === decl) reads++;
  });
  return reads === 1 ? init : url;
}

/** An import (or destructuring require) of `specifier` already in the file: the names it binds and its last
 * binding, after which more names can be added. */
function existingImport(sf: import('ts-morph').SourceFile, specifier: string): { names: string[]; last: Node } | undefined {
  for (const st of sf.getStatements()) {
    if (Node.isImportDeclaration(st) && st.getModuleSpecifierValue() === specifier) {
      const named = st.getNamedImports();
      const last = named.at(-1);
      if (last) return { names: named.map((n) => n.getName()), last };
    }
    if (Node.isVariableStatement(st)) {
      for (const d of st.getDeclarations()) {
        const init = d.getInitializer();
        const name = d.getNameNode();
        if (!init || !Node.isObjectBindingPattern(name)) continue;
        const m = /^require\(\s*['"]([^'"]+)['"]\s*\)$/.exec(init.getText());
        const last = name.getElements().at(-1);
        if (m && m[1] === specifier && last) return { names: name.getElements().map((e) => e.getName()), last };
      }
    }
  }
  return undefined;
}

function isDirective(st: Node): boolean {
  return Node.isExpressionStatement(st) && Node.isStringLiteral(st.getExpression());
}

/** The last top-level import, or `const x = require('…')`, among the leading module loads. */
function lastModuleLoad(sf: import('ts-morph').SourceFile, skip: Set<Node>): Node | undefined {
  let last: Node | undefined;
  for (const st of sf.getStatements()) {
    if (skip.has(st)) continue;
    if (Node.isImportDeclaration(st)) last = st;
    else if (Node.isVariableStatement(st) && st.getDeclarations().every((d) => /^require\(/.test(d.getInitializer()?.getText() ?? ''))) last = st;
  }
  return last;
}

interface Migration {
  http: HttpCall;
  url: RetrievalUrl;
}

export const retrievalAuthenticationRule: Rule = {
  id: RULE_ID,
  title: 'Legacy authentication retrieval → KYX workflow-execution details (Bearer); exact result reads rewritten, the rest flagged',
  // The URL may be assembled from constants of other modules: any Jumio word lets the file be parsed.
  prefilter: ['authentications', 'netverify', 'Netverify', 'NETVERIFY', 'core-sgp.jumio', 'jumio', 'Jumio', 'JUMIO'],
  kinds: ['script'],
  run(file: RuleFile, ctx: RuleContext): RuleResult {
    const result: RuleResult = { edits: [], manual: [], notes: [], newFiles: [], external: [] };
    for (const block of file.scripts) {
      const sf = block.sourceFile;
      const ectx = new EvalContext(ctx.project, sf, file.absPath);
      const edits = new EditSet(block.offset, (n) => (n.getSourceFile() === sf ? undefined : ectx.pathOf(n)));
      const q = ctx.style.quote;
      const semi = ctx.style.semicolons ? ';' : '';
      let needsHelper = false;
      const replacedUrls: Node[] = [];
      const typesDone = new Set<Node>();
      // Manual items on declarations in other modules travel with that module's external edits.
      const externalManual = new Map<string, ManualItem[]>();
      const flag = (node: Node, message: string): void => {
        const other = node.getSourceFile() === sf ? undefined : ectx.pathOf(node);
        if (!other) return edits.addManual(node, message);
        const list = externalManual.get(other) ?? [];
        if (!list.some((m) => m.pos === node.getStart() && m.message === message)) list.push({ pos: node.getStart(), message });
        externalManual.set(other, list);
      };

      for (const call of sf.getDescendantsOfKind(SyntaxKind.CallExpression)) {
        const http = recogniseHttpCall(call);
        if (!http || (http.method !== undefined && http.method !== 'GET')) continue;
        const url = proveRetrievalUrl(http.url, ectx, http.base);
        if (!url) continue;
        const m: Migration = { http, url };
        const problem = blocker(m);
        if (problem) {
          edits.addManual(call, problem);
          continue;
        }
        const region = url.regions[0]!;
        const fn = enclosingFunction(call)!;
        if (!isAsync(fn)) {
          const why = ensureAsync(call, true, edits);
          if (why) {
            edits.addManual(call, `legacy retrieval: ${why}`);
            continue;
          }
        }
        const refText = url.refNode ? url.refNode.getText() : `${q}${url.refText}${q}`;
        // The account id: a statement before the call when there is a block to put it in, else inline.
        const target = urlTarget(http.url, fn);
        const anchor = anchorStatement(target) ?? anchorStatement(call);
        const taken = new RegExp(`\\baccountId\\b`).test(fn.getText());
        const accVar = taken ? 'kyxAccountId' : 'accountId';
        let accountExpr: string;
        if (anchor) {
          const binding = taken ? `{ accountId: ${accVar} }` : '{ accountId }';
          edits.insertAt(anchor, anchor.getStart(), `const ${binding} = await ${WORKFLOW_ACCOUNT_FN}(${refText})${semi}\n${lineIndent(anchor)}`,
            'KYX account id of the workflow execution (seam in the helper module)');
          accountExpr = accVar;
        } else {
          accountExpr = `(await ${WORKFLOW_ACCOUNT_FN}(${refText})).accountId`;
        }
        const newUrl = `\`${kyxWorkflowDetailsUrl(region, '${' + accountExpr + '}', '${' + refText + '}')}\``;
        edits.replaceNode(target, newUrl, `legacy retrieval URL → KYX workflow details (retrieval.${region})`);
        replacedUrls.push(target);
        const auth = bearerAuthEdits(http, `\`Bearer \${await ${TOKEN_FN}(${q}${region}${q})}\``, { base: block.offset }, q, ctx.style.indent);
        if ('problem' in auth) throw new Error('unreachable: checked in blocker');
        for (const e of auth.edits) edits.edits.push(e);
        removeDeadCredentials(auth.replaced, fn, edits);

        const flow = detailsFlow(http);
        rewriteReads(flow, edits, q);
        for (const t of flow.types) updateDetailsType(t, ectx, edits, typesDone, flag);
        needsHelper = true;
      }

      const removedStatements = removeDeadDeclarations(sf, replacedUrls, edits);
      if (needsHelper) {
        const helpers = planRetrievalHelpers(file, block, ctx.project);
        const fresh: string[] = [];
        for (const imp of helpers.imports) {
          const existing = existingImport(sf, imp.specifier);
          if (!existing) {
            fresh.push(imp.statement);
            continue;
          }
          const missing = imp.names.filter((n) => !existing.names.includes(n));
          if (missing.length) edits.insertAt(existing.last, existing.last.getEnd(), `, ${missing.join(', ')}`, 'import the KYX helpers');
        }
        if (fresh.length) {
          const after = lastModuleLoad(sf, removedStatements);
          if (after) edits.insertAt(after, after.getEnd(), `\n${fresh.join('\n')}`, 'import the KYX helpers');
          else {
            const first = sf.getStatements().find((st) => !isDirective(st));
            const at = first ? first.getStart() : sf.getEnd();
            edits.insertAt(sf, at, `${fresh.join('\n')}\n`, 'import the KYX helpers');
          }
        }
        edits.newFiles.push(...helpers.newFiles);
        edits.addManual(sf.getStatements()[0] ?? sf, `implement ${WORKFLOW_ACCOUNT_FN}() in ${helpers.seamFile} (the KYX account of a workflow execution: store account.id with workflowExecution.id when the authentication starts), and create the KYX OAuth2 client pair the helper reads`, false);
      }

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

/** Signs that the file runs in a browser (public env prefixes, window.btoa, DOM access); the same test as the
 * initiate rules' (codemods/analysis/initiate-call.ts), which does not export it. */
const BROWSER_HINTS = /\bwindow\.btoa\b|\bREACT_APP_|\bNEXT_PUBLIC_|\bVITE_|\bEXPO_PUBLIC_|\bimport\.meta\.env\b|\bdocument\.(getElementById|querySelector)|\blocalStorage\./;

/** Why a proven retrieval call cannot be migrated automatically (a manual item), or undefined. */
function blocker({ http, url }: Migration): string | undefined {
  if (url.rest !== '') return IMAGE_GUIDANCE;
  if (BROWSER_HINTS.test(http.call.getSourceFile().getFullText())) {
    return 'browser code calls the Jumio retrieval API with API credentials: move this call to your back end (KYX OAuth2 client credentials must never reach a browser)';
  }
  const target = `GET retrieval.<region>.jumio.ai/api/v1/accounts/{accountId}/workflow-executions/{workflowExecutionId} with a Bearer token`;
  if (url.regions.length > 1) return `legacy retrieval whose region is chosen at run time (${url.regions.join(', ')}): migrate by hand to ${target}`;
  if (http.client === 'axios-instance' || http.base) return `legacy retrieval through a client base URL: migrate by hand to ${target}`;
  if (!url.refNode && url.refText === undefined) return `legacy retrieval: the reference is not visible at the call; migrate by hand to ${target}`;
  if (!isAsync(enclosingFunction(http.call)) && !returnsTheCall(enclosingFunction(http.call), http.call)) return `legacy retrieval outside an async function: the KYX call needs a bearer token and the account id first; migrate by hand to ${target}`;
  const probe = bearerAuthEdits(http, 'x', { base: 0 }, "'", '  ');
  if ('problem' in probe) return `legacy retrieval: ${probe.problem}; migrate by hand to ${target}`;
  return undefined;
}

export { LEGACY, findRetrievalField, transactionResultTableText };
