// Rule landing-page-params: success/error pages read the query parameters Jumio appends to the redirect. KYX renames
// them (transactionStatus → acquisitionStatus, transactionReference → workflowExecutionId; errorCode stays, accountId
// and customerInternalReference are new). A page is proven to be a Jumio landing page when it reads transactionStatus
// with transactionReference from one query object, or when its route is the successUrl/errorUrl of an initiate call of
// the file. A page that reads errorCode with only one of them is flagged; a lone transactionStatus or
// transactionReference (payment return pages) is left alone, and so is a page that compares the status with values
// Jumio never sends ('APPROVED', 'PAID'…) or names another money movement and no identity check (page-domain.ts).
import { Node, SyntaxKind } from '#ts-morph';
import {
  COLLIDING_ERROR_CODE, KYX, LEGACY, LEGACY_9836_IN_KYX, REDIRECT_PARAM_NEW, REDIRECT_PARAM_RENAMES, REDIRECT_PARAM_RETAINED, renameIn,
} from '../../../api/index.js';
import type { Edit, ManualItem, Rule, RuleContext, RuleFile, RuleResult } from '../../engine/types.js';
import { codeValue, mentionsJumio, stringValue } from '../../analysis-frontend/syntax.js';
import { findParamReads, querySource, type ParamRead } from './query-reads.js';
import { frameworkParamReads, SCHEMA_QUERY, schemaQueryEdits } from './framework-queries.js';
import { queryHookReads } from './query-hooks.js';
import { withStoreLookup } from './nanostores-query.js';
import { storeRefRoot } from './pinia-query.js';
import { rereportValidator, VALIDATED_QUERY, validatedQueryEdits } from './validated-query.js';
import { queryTypeEdits } from './query-types.js';
import { NEST_GROUP, nestQueryReads, nestQueryTypeEdits } from './nest-query.js';
import { regexParamReads } from './regex-reads.js';
import { expressValidatorReads } from './express-validator.js';
import { phpServerReadItems } from './php-server.js';
import { serverTemplateReadItems } from './server-template-reads.js';
import { atElement, htmxValueBlocks, releaseHtmxBlocks } from './htmx-values.js';
import { alpineDataBlocks, alpinePaymentWord } from './alpine-data.js';
import { angularInputItems } from './angular-inputs.js';
import { emberQueryParamEdits } from './ember-query-params.js';
import { watchQueryEdits } from './nuxt-watch-query.js';
import { mergePageGuardReads } from './route-guards.js';
import { comparedLiterals, valueHolder } from './compared-values.js';
import { underEarlierMarker } from './kyx-page-9836.js';
import { rereportOtherModuleSchema, TANSTACK_SEARCH, validateSearchEdits } from './tanstack-search.js';
import { mockedRedirectEdits } from './test-mocks.js';
import { KYX_LANDING_NAMES, jumioTestFile } from '../../analysis-frontend/test-code.js';
import { redirectRoutes, routeOf } from './route-proof.js';
import { servingRoute, type ServingRoute } from './served-page.js';
import { fileRouteProof } from './file-route-proof.js';
import { rereportRouteSchema, routeSchemaEdits } from './route-schema.js';
import { preloadPropReads } from './preload-props.js';
import { templateReads, type TemplateRead } from './vue-template.js';
import { svelteMarkupReads, svelteMarkupText, svelteRootOfGroup } from './svelte-markup.js';
import { lineContext } from '../iframe-allow/jsx-frames.js';
import { functionReads, otherDomainWord, PAYMENT_WORDS, pageScope } from './page-domain.js';
import { withoutMarkers } from '../../engine/markers.js';
import { markupWithoutComments, scriptWithoutComments } from '../../analysis/comment-free.js';

const LEGACY_NAMES = new Set<string>([...REDIRECT_PARAM_RENAMES.map((r) => r.legacy), ...REDIRECT_PARAM_RETAINED]);
const KYX_NAMES = new Set<string>([...REDIRECT_PARAM_RENAMES.map((r) => r.kyx), ...REDIRECT_PARAM_NEW]);
/** Names only a KYX page reads. Not customerInternalReference: the legacy ID-verification (v4) client appended it
 * to the redirect too, and legacy pages read it next to transactionStatus (spec §2.8, DeSo's success page). */
const KYX_ONLY_NAMES = new Set<string>([...REDIRECT_PARAM_RENAMES.map((r) => r.kyx), KYX.accountId]);
/** Values Jumio sends in transactionStatus / acquisitionStatus. */
const STATUS_VALUES = new Set(['SUCCESS', 'ERROR']);

/** A payment word in the function that reads the parameters, unless the page's scope names Jumio in its code (or the
 * file does and holds this one page; a comment is no proof): the page is then flagged, not renamed. */
function paymentWord(at: Node, singlePage: boolean): string | undefined {
  const alpine = alpinePaymentWord(at); // Alpine code in attributes: the page's own words (alpine-data.ts)
  if (alpine !== null) return alpine;
  if (mentionsJumio(scriptWithoutComments(pageScope(at).text))) return undefined;
  if (singlePage && mentionsJumio(scriptWithoutComments(withoutMarkers(at.getSourceFile().getFullText())))) return undefined;
  const scope = at.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) ?? at.getSourceFile();
  // The path the handler is registered for says what it is too: `router.get('/paid', (req, res) => …)`.
  const registration = scope.getParent();
  const paths = Node.isCallExpression(registration)
    ? registration.getArguments().filter((a) => Node.isStringLiteral(a) || Node.isNoSubstitutionTemplateLiteral(a)).map((a) => a.getText())
    : [];
  return PAYMENT_WORDS.exec([scope.getText(), ...paths].join('\n'))?.[0];
}

function renameEdit(read: ParamRead, kyxName: string, offset: number, why: string): Edit {
  const msg = `redirect parameter ${read.name} → ${kyxName} (${why})`;
  const n = read.nameNode;
  if (read.kind === 'binding' && Node.isBindingElement(read.binding!) && !read.binding.getPropertyNameNode()) {
    // { transactionStatus } → { acquisitionStatus: transactionStatus }: the local name stays.
    return { start: n.getStart() + offset, end: n.getEnd() + offset, text: `${kyxName}: ${n.getText()}`, message: msg };
  }
  const inRegex = Node.isRegularExpressionLiteral(n) ? n.getText().indexOf(`${read.name}=`) : -1; // `/[?&]transactionStatus=(…)/`
  if (inRegex >= 0) return { start: n.getStart() + inRegex + offset, end: n.getStart() + inRegex + read.name.length + offset, text: kyxName, message: msg };
  if (Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) {
    return { start: n.getStart() + 1 + offset, end: n.getEnd() - 1 + offset, text: kyxName, message: msg };
  }
  return { start: n.getStart() + offset, end: n.getEnd() + offset, text: kyxName, message: msg };
}

/** `$route`, and the names the component's script binds to `useRoute()` (Composition API, `<script setup>`). */
function templateRoots(file: RuleFile): string[] {
  const roots = ['$route'];
  for (const block of file.scripts) {
    for (const d of block.sourceFile.getDescendantsOfKind(SyntaxKind.VariableDeclaration)) {
      const init = d.getInitializer();
      if (init && Node.isCallExpression(init) && init.getExpression().getText() === 'useRoute' && Node.isIdentifier(d.getNameNode())) roots.push(d.getName());
    }
  }
  return roots;
}

/** errorCode compared with 9836: its meaning changed (legacy 9836 is KYX 9835). */
function errorCodeItems(reads: ParamRead[], off: number): ManualItem[] {
  const out: ManualItem[] = [];
  for (const r of reads.filter((x) => x.name === LEGACY.errorCode)) {
    for (const lit of comparedLiterals(r)) {
      if (codeValue(lit) !== COLLIDING_ERROR_CODE) continue;
      out.push({ pos: lit.getStart() + off, message: `errorCode ${COLLIDING_ERROR_CODE} changed meaning: legacy ${COLLIDING_ERROR_CODE} (no acceptable submission in 3 attempts) is ${LEGACY_9836_IN_KYX} on KYX; ${COLLIDING_ERROR_CODE} now means authentication failure` });
    }
  }
  return out;
}

export function runLandingPageParams(file: RuleFile, ctx: RuleContext): RuleResult {
  const edits: Edit[] = [];
  const manual: ManualItem[] = [];
  const notes: { pos: number; message: string }[] = [];
  const allNames = new Set<string>([...LEGACY_NAMES, ...KYX_NAMES]);
  // Svelte and Astro read the query in their markup's `{…}` expressions alike (svelte-markup.ts).
  const braces = file.kind === 'svelte' || file.kind === 'astro';
  for (const b of file.scripts) withStoreLookup(b.sourceFile, ctx.project, file.absPath); // imported stores, template too
  const tpl = file.kind === 'vue' ? templateReads(file, templateRoots(file)) : braces ? svelteMarkupReads(file, ctx.project) : [];
  const tplUsed = new Set<TemplateRead>();
  /** The landing route of another file that serves this page (null: not looked for yet). */
  let served: ServingRoute | undefined | null = null;

  // Code in attributes: hx-vals='js:{…}' (htmx-values.ts), Alpine's x-data and directives (alpine-data.ts).
  const htmx = [...htmxValueBlocks(file), ...alpineDataBlocks(file)];
  for (const block of [...file.scripts, ...htmx]) {
    const off = block.offset;
    // A marker above a line that is a JSX child must be a JSX comment, or it would render as text.
    const styled = (m: ManualItem): ManualItem =>
      block.jsx && lineContext(block.sourceFile, m.pos - off) === 'jsx' ? { ...m, commentStyle: 'jsx' } : m;
    const manualBefore = manual.length;
    const reads = [...findParamReads(withStoreLookup(block.sourceFile, ctx.project, file.absPath), allNames), ...nestQueryReads(block.sourceFile, allNames), ...regexParamReads(block.sourceFile, allNames),
      ...expressValidatorReads(block.sourceFile, allNames), ...queryHookReads(block.sourceFile, allNames), ...frameworkParamReads(block.sourceFile, allNames, querySource), ...preloadPropReads(file, block, allNames, ctx.project)];
    const routes = redirectRoutes(block.sourceFile, ctx.project, file.absPath);
    const groups = new Map<string, ParamRead[]>();
    for (const r of reads) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
    if (file.kind === 'vue') mergePageGuardReads(groups); // a Vue page's guards read its route's query
    // The pages of this script that read legacy names: a file naming Jumio speaks for its page only when it has one.
    const sfc = file.kind === 'vue' || braces;
    const pages = new Set([...groups.values()].map((g) => g.find((r) => LEGACY_NAMES.has(r.name) && !r.removal)).filter((r) => r !== undefined).map((r) => pageScope(r.nameNode).node));
    const singlePage = sfc || pages.size <= 1;
    for (const [key, group] of groups) {
      // Deletions are renamed with the reads; they never make a page (or a group) a landing page's.
      const names = new Set(group.filter((r) => !r.removal).map((r) => r.name));
      // Vue: `$route.query` in the template is the same object as `this.$route.query` in the script (Svelte: `$page`).
      const root = braces ? svelteRootOfGroup(key, block.sourceFile)
        : /(^|\.)\$route\.query$/.test(key) ? '$route' : /^([\w$]+)=use(?:Route\(\)\.query|UrlSearchParams\(\))$/.exec(key)?.[1] ?? (key === 'useRoute().query' ? key : storeRefRoot(group));
      const tplGroup = root ? tpl.filter((t) => t.root === root) : [];
      for (const t of tplGroup) tplUsed.add(t);
      for (const t of tplGroup) names.add(t.name);
      const legacy = group.filter((r) => LEGACY_NAMES.has(r.name));
      const lookup = { project: ctx.project, absPath: file.absPath };
      // A migrated page: a query type imported from another module that still has the legacy names is reported again.
      if (REDIRECT_PARAM_RENAMES.some((r) => names.has(r.kyx)) && !REDIRECT_PARAM_RENAMES.some((r) => names.has(r.legacy))) {
        manual.push(...(key === TANSTACK_SEARCH ? rereportOtherModuleSchema(file.text, group[0]!.nameNode.getStart() + off)
          : key.startsWith(VALIDATED_QUERY) ? rereportValidator(key, off, file.text) : queryTypeEdits(group, off, lookup).manual),
          ...rereportRouteSchema(group[0]!.nameNode, off, file.text));
      }
      const first = legacy.find((r) => !r.removal); if (!first) continue;
      if ([...names].some((n) => KYX_ONLY_NAMES.has(n))) {
        if (legacy.some((r) => renameIn(REDIRECT_PARAM_RENAMES, r.name))) {
          notes.push({ pos: first.nameNode.getStart() + off, message: 'landing page already reads KYX redirect parameters next to legacy ones: left as is' });
        } else {
          manual.push(...errorCodeItems(legacy, off).filter((m) => underEarlierMarker(file.text, m.pos))); // kyx-page-9836.ts
        }
        continue;
      }
      const ownRoute = legacy.map((r) => routeOf(r.nameNode)).find((p) => p !== undefined && routes.has(p));
      const together = names.has(LEGACY.transactionStatus) && names.has(LEGACY.transactionReference);
      // A static page that a landing route of another file sends: as strong as a route of its own.
      if (ownRoute === undefined && !together && served === null) served = servingRoute(file, ctx) ?? fileRouteProof(file, ctx);
      const by = ownRoute === undefined && !together ? served ?? undefined : undefined;
      const route = ownRoute ?? by?.route;
      const why = ownRoute !== undefined ? `route ${ownRoute} is the redirect URL of the initiate call on line ${routes.get(ownRoute)}`
        : by ? by.why ?? `the page is served by route ${by.route} of ${by.file}, the redirect URL of the initiate call on line ${by.line} there`
        : together ? 'reads transactionStatus with transactionReference' : undefined;
      const statusReads = legacy.filter((r) => r.name === LEGACY.transactionStatus);
      // In a Svelte/Vue component the variable may be compared in the markup (`{#if status === 'AUTHORISED'}`).
      const markup = sfc ? (braces ? svelteMarkupText(file) : templateText(file)) : '';
      const foreign = [...statusReads.flatMap(comparedLiterals).map((n) => stringValue(n)),
        ...statusReads.flatMap((r) => markupComparedValues(markup, valueHolder(r)?.getText()))]
        .find((v) => v !== undefined && !STATUS_VALUES.has(v));
      // A transfer, gift or bill result page with no word of an identity check: another provider's return page.
      // Every function the query object is read in is the page (a route module's meta, loader and component).
      const scopes = functionReads(legacy);
      if (route === undefined && why && foreign === undefined && otherDomainWord(scopes.map((r) => pageScope(r.nameNode, file).text).join('\n'), file.kind === 'vue' || file.kind === 'svelte') !== undefined) continue;
      const payment = route === undefined && why ? scopes.map((r) => paymentWord(r.nameNode, singlePage)).find((w) => w !== undefined) : undefined;
      if (payment !== undefined && foreign === undefined) {
        manual.push({ pos: first.nameNode.getStart() + off, message: `reads ${[...names].join(', ')} from the query, but the code around it is about payments ('${payment}'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead` });
        continue;
      }
      if (!why || (foreign !== undefined && route === undefined)) {
        const partial = names.has(LEGACY.errorCode) && (names.has(LEGACY.transactionStatus) || names.has(LEGACY.transactionReference));
        if (foreign !== undefined) {
          notes.push({ pos: first.nameNode.getStart() + off, message: `reads ${[...names].join(', ')} but compares the status with '${foreign}', which Jumio never sends: not a Jumio landing page, left alone` });
        } else if (partial) {
          manual.push({ pos: first.nameNode.getStart() + off, message: `reads ${[...names].join(', ')} from the query: if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead of transactionStatus and transactionReference` });
        }
        continue;
      }
      for (const r of legacy) {
        const kyx = renameIn(REDIRECT_PARAM_RENAMES, r.name);
        if (kyx) edits.push(renameEdit(r, kyx, off, why));
      }
      const typed = key === TANSTACK_SEARCH ? validateSearchEdits(block.sourceFile, off, why, first.nameNode.getStart())
        : key.startsWith(VALIDATED_QUERY) ? validatedQueryEdits(block.sourceFile, key, off, why)
        : key.startsWith(SCHEMA_QUERY) ? { edits: schemaQueryEdits(block.sourceFile, key, off, why), manual: [] }
        : key.startsWith(NEST_GROUP) ? nestQueryTypeEdits(legacy, off) : queryTypeEdits(legacy, off, lookup);
      const routed = routeSchemaEdits(first.nameNode, off, why); // hapi's validate.query, Fastify's schema.querystring
      edits.push(...typed.edits, ...routed.edits.filter((e) => !edits.some((x) => x.start === e.start)));
      manual.push(...typed.manual, ...routed.manual.filter((m) => !manual.some((x) => x.pos === m.pos)));
      for (const t of tplGroup) {
        const kyx = renameIn(REDIRECT_PARAM_RENAMES, t.name);
        if (kyx) edits.push({ start: t.start, end: t.end, text: kyx, message: `redirect parameter ${t.name} → ${kyx} in the template (${why})` });
      }
      notes.push({ pos: first.nameNode.getStart() + off, message: `KYX also appends ${REDIRECT_PARAM_NEW.join(' and ')} to the redirect URL` });
      manual.push(...errorCodeItems(legacy, off));
    }
    // Nuxt 2 `watchQuery: ['transactionStatus']` beside reads renamed in this block.
    if (edits.some((e) => e.start >= off && e.start < off + block.sourceFile.getEnd())) edits.push(...watchQueryEdits(block.sourceFile, off));
    if (file.text.includes('@ember/controller')) {
      const ember = emberQueryParamEdits(block.sourceFile, off);
      edits.push(...ember.edits);
      manual.push(...ember.manual);
    }
    if (file.text.includes('@angular/core')) manual.push(...angularInputItems(block.sourceFile, off, (at) => paymentWord(at, singlePage), ctx.project, file.absPath));
    const testMocks = jumioTestFile(file.path, file.text, KYX_LANDING_NAMES);
    if (testMocks) edits.push(...mockedRedirectEdits(block.sourceFile, off, testMocks));
    for (let i = manualBefore; i < manual.length; i++) manual[i] = styled(manual[i]!);
  }
  for (const root of new Set(tpl.filter((t) => !tplUsed.has(t)).map((t) => t.root))) {
    // Only the template reads this query object.
    const reads = tpl.filter((t) => t.root === root && !tplUsed.has(t));
    const names = new Set(reads.map((t) => t.name));
    const foreign = reads.filter((t) => t.name === LEGACY.transactionStatus).map((t) => templateComparedValue(file.text, t)).find((v) => v !== undefined && !STATUS_VALUES.has(v));
    const markup = braces ? svelteMarkupText(file) : templateText(file);
    const payment = mentionsJumio(markupWithoutComments(withoutMarkers(file.text))) ? undefined : PAYMENT_WORDS.exec(markup)?.[0];
    if (otherDomainWord(withoutMarkers(file.text), true) !== undefined && foreign === undefined) continue;
    if (names.has(LEGACY.transactionStatus) && names.has(LEGACY.transactionReference) && foreign !== undefined) {
      notes.push({ pos: reads[0]!.start, message: `the template reads ${[...names].join(', ')} but compares the status with '${foreign}', which Jumio never sends: not a Jumio landing page, left alone` });
    } else if (names.has(LEGACY.transactionStatus) && names.has(LEGACY.transactionReference) && payment !== undefined) {
      manual.push({ pos: reads[0]!.start, commentStyle: 'html', message: `the template reads ${[...names].join(', ')} from ${queryOf(root)}, but the page is about payments ('${payment}'): if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId instead` });
    } else if ((names.has(LEGACY.transactionStatus) && names.has(LEGACY.transactionReference)) || (foreign === undefined && (served ??= servingRoute(file, ctx) ?? fileRouteProof(file, ctx)))) {
      // Read together, or on a page the proven redirect lands on (a lone {{ $route.query.transactionReference }}).
      const why = names.has(LEGACY.transactionStatus) && names.has(LEGACY.transactionReference) ? 'reads transactionStatus with transactionReference' : served!.why ?? `served by route ${served!.route} of ${served!.file}`;
      for (const t of reads) {
        const kyx = renameIn(REDIRECT_PARAM_RENAMES, t.name);
        if (kyx) edits.push({ start: t.start, end: t.end, text: kyx, message: `redirect parameter ${t.name} → ${kyx} in the template (${why})` });
      }
    } else if (names.has(LEGACY.errorCode) && names.size > 1) {
      manual.push({ pos: reads[0]!.start, commentStyle: 'html', message: `the template reads ${[...names].join(', ')} from ${queryOf(root)}: if this is a Jumio success/error page, KYX sends acquisitionStatus and workflowExecutionId` });
    }
  }
  manual.push(...phpServerReadItems(file), ...serverTemplateReadItems(file));
  for (const m of manual) { const at = atElement(htmx, m.pos); if (at !== undefined) Object.assign(m, { pos: at, commentStyle: 'html' }); } // not inside a start tag
  for (const n of notes) n.pos = atElement(htmx, n.pos) ?? n.pos;
  releaseHtmxBlocks(htmx);
  const inPage = (pos: number): boolean => pos <= file.text.length; // not in an Alpine component's declarations (alpine-components.ts)
  return { edits: edits.filter((e) => inPage(e.end)), manual: manual.filter((m) => inPage(m.pos)), notes: notes.filter((n) => inPage(n.pos)) };
}

/** `$route.query` (Vue), `$page.url.searchParams` (Svelte), `Astro.url.searchParams`. */
const queryOf = (root: string): string => (root === '$page' || root === 'page' || root === 'Astro' ? `${root}.url.searchParams` : `${root}.query`);

/** The literal a template read is compared with: `$route.query.transactionStatus === 'X'`,
 * `$page.url.searchParams.get('transactionStatus') === 'X'` (either side). */
function templateComparedValue(text: string, t: TemplateRead): string | undefined {
  // The read ends at the name (or inside `['name']` / `.get('name')`): skip a closing quote and bracket.
  const after = text.slice(t.end, t.end + 200).replace(/^['"`]\s*[\])]/, '');
  const a = /^\s*[!=]==?\s*(['"])([^'"]*)\1/.exec(after);
  if (a) return a[2];
  const before = text.slice(Math.max(0, t.start - 200), t.start);
  const b = /(['"])([^'"]*)\1\s*[!=]==?\s*[\w$.]*(\.query(\.|\[['"])|\.searchParams\.get\(\s*['"`])$/.exec(before);
  return b?.[2];
}

/** The string literals a component's markup compares a script variable with: `status === 'X'`, `'X' !== status`. */
function markupComparedValues(markup: string, name: string | undefined): string[] {
  if (!name || !markup) return [];
  const id = name.replace(/\$/g, '\\$');
  const re = new RegExp(`(?<![\\w$.])${id}\\s*[!=]==?\\s*(['"])([^'"]*)\\1|(['"])([^'"]*)\\3\\s*[!=]==?\\s*${id}(?![\\w$])`, 'g');
  return [...markup.matchAll(re)].map((m) => m[2] ?? m[4]!);
}

/** The SFC's <template> markup (where a template-only page says what it is about). */
function templateText(file: RuleFile): string {
  const el = file.html?.elements.find((e) => e.tagName === 'template');
  const loc = el?.sourceCodeLocation;
  return loc ? file.text.slice(loc.startOffset, loc.endOffset) : '';
}

export const landingPageParamsRule: Rule = {
  id: 'landing-page-params',
  title: 'Success/error landing pages: read acquisitionStatus and workflowExecutionId instead of transactionStatus and transactionReference',
  // The KYX names too: a migrated page reports its errorCode 9836 item again while the marker stands.
  prefilter: [LEGACY.transactionStatus, LEGACY.transactionReference, ...REDIRECT_PARAM_RENAMES.map((r) => r.kyx)],
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run: runLandingPageParams,
};
