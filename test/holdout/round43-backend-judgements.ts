// Judgements of the hold-out round 43 backend corpus (test/holdout/round43-backend/), read by round43-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md,
// jumio-api-facts.md) and MIGRATION.md before the codemod ran on the corpus and without reading the rule code. `not`
// strings name code forms, never words of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs SCRIPTS AND ODD MODULE SHAPES: the legacy calls where operations teams put them — a
// `#!/usr/bin/env node` CLI (commander) printing the link, a one-off backfill (node:util parseArgs, pg keyset pages,
// p-limit) run at the top level of an ES module, a TypeScript CommonJS module with `import x = require(…)` and
// `export =` of a class merged with a namespace of types, an AMD module loaded in Node through amdefine, a node-cron
// job re-issuing expired enrolments, a Cognito trigger Lambda in an .mjs file whose secret is read by a top-level
// await, a dead-letter-queue replay script, and tsc's compiled output of a yargs CLI committed for the ops hosts. What
// MIGRATION.md decides, per shape:
// - module systems: the helper "`kyx-auth.<ts|js|mjs|cjs>` is written once per package, in the file's language and
//   module system", "The import specifier follows the project (`./kyx-auth.js` for NodeNext TS and ESM JS, `./kyx-auth`
//   for bundler TS — … — and CommonJS)", and the retrieval seam "lives in `kyx-workflow-account.<ext>`, written once
//   next to the shared `kyx-auth.<ext>` helper, in the same language and module system" — so a CommonJS script gets a
//   `require` of the helper, never an ES import (the specifier's extension is not pinned: MIGRATION.md's "`./kyx-auth`
//   … and CommonJS" and Node's require, which does not try `.cjs`, leave it open for a `.cjs` helper);
// - TypeScript CommonJS: "Also migrated (hold-out round 3): … TypeScript CommonJS `import axios = require('axios')`
//   with `axios.default.post(…)`". MIGRATION.md names `export =` nowhere: a module exporting its class with `export =`
//   is judged like any module whose class method holds the call (judgement call), its response type reached through
//   the merged namespace like "a response type named through a namespace (`post<Jumio.Auth.InitiateResponse>`) is
//   rewritten like any other" (hold-out round 8);
// - AMD / UMD: "A UMD file (a `define` / `module.exports` wrapper) is a script whatever package.json's `"type"` says:
//   in an ES-module package, with no require of its own, an ES import of the KYX helper would break it, so its initiate
//   and retrieval calls are flagged, not migrated (with a require of its own, or in a CommonJS package, it gets the
//   require form as before …)". The AMD module here has a require of its own (`require('amdefine')(module)` and the
//   factory's `require('superagent')`), so it is migrated in the require form — the corpus runs in this repository,
//   whose package.json says `"type": "module"`, the case that sentence is about;
// - top-level await: "An Astro page's frontmatter is server code and migrated like a script (top-level `await` is
//   allowed there, as in any module that already awaits at its top level)" — a module that already awaits at its top
//   level keeps its awaits where they are; the legacy calls of this round sit in functions of such modules (a backfill
//   script, a Lambda reading its secret at cold start), which are migrated as functions are;
// - compiled output: "Compiled output is never touched, not even with a marker: a file the initiate rules'
//   `isCompiledOutput` recognises (a `//# sourceMappingURL=` line, tsc/babel CommonJS) … gets no report", and "**Never
//   touched** (byte-identical negative fixtures): … compiled output (`axios_1.default.post`, `__esModule`, source
//   maps)"; the spec: "**Compiled output** in `dist/` or `build/` …: skip it". The compiled CLI is judged byte-identical
//   with no item and no new file — whatever its shebang and the legacy initiate inside it. MIGRATION.md lists compiled
//   output among the negative fixtures, but it is legacy code (rebuilt from its migrated source), not a lookalike of
//   another vendor or of KYX code: it is named `auth-` (as rounds 6 and 15 named theirs) and the three lookalikes
//   below are separate files;
// - concurrency limits and schedulers: "A response that comes out of a rate limiter or task queue made in the file (…
//   p-limit's `limit(fn)`) is followed like one out of a retry wrapper"; MIGRATION.md says nothing of node-cron,
//   commander, yargs or parseArgs: the calls inside their callbacks are judged as calls in any async function.
// Where MIGRATION.md is silent (a shebang line and a `'use strict'` prologue the inserted `require` must not move; a
// whole response printed as JSON for jq; an `export =` module's exported response type; a dead-letter replay script as
// the callback's "queue consumer"; a v4 initiate URL written with the older guide's trailing slash) the judgement is the
// conservative one and is said to be a judgement call.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
/** The member a details interface gets ("one `workflow: { id; userReference? }` member"). */
const WORKFLOW = 'workflow: { id: string; userReference?: string };';
/** The lookup before the request, keyed by the reference the legacy URL held. */
const WORKFLOW_LOOKUP = (ref: string) => `const { accountId } = await resolveKyxWorkflowAccount(${ref});`;
/** The item of a transactionDate read ("`transactionDate` | `createdAt` (or `startedAt`) | the guides do not say which"). */
const DATE = /transactionDate is not in the KYX workflow details/;
/** The item of retrieval details that leave the function whole ("returned, sent, stored"). */
const LEAVES = /retrieval details leave here whole/;
/** No allowlist item (an absence, written as a pattern anchored at the start of the joined messages, since the FLAGGED
 * shape takes patterns only). */
const NO_ALLOWLIST = /^(?![\s\S]*legacy Jumio callback source allowlist)/;

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // A `#!/usr/bin/env node` CLI ON COMMANDER (EU, CommonJS `.cjs`, axios). `face-login start --member <id> [--locale]
  // [--ttl <minutes>] [--json]`: the command's async action loads the member, then `axios.post(INITIATE_URL, {
  // enrollmentTransactionReference, userReference, successUrl, errorUrl, locale: options.locale,
  // tokenLifetimeInMinutes: options.ttl }, { auth, headers, timeout })`, audits the reference and prints the link —
  // or, with `--json`, the whole response for scripts piping it into jq. The call: "a legacy Jumio API host … **and**
  // the path `/api/authentication/v1/web/initiate`" followed through "`const`s in the same file" → "`POST` → `PUT`
  // `https://account.<region>.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, with the region of the legacy host (…
  // EU → `emea-1` …)" (axios.post → axios.put, as rounds 2–42 judged axios); "Account lookup: `const kyxAccount = await
  // resolveKyxAccount(<enrollment reference>)` is inserted before the request is built"; the body: key 9 with the ID
  // credential, "`customerInternalReference` added when missing (the `userReference`, else the enrollment
  // reference)", "`successUrl`/`errorUrl`/`locale` → `web.*`", and the option value "other expressions → `` `${n}m` ``"
  // (`tokenLifetime: `${options.ttl}m``); "Basic (axios/request `auth`, …) → Authorization: `Bearer ${await
  // kyxAccessToken('<region>')}`" among the call's headers (Accept, User-Agent and the timeout stay); the URL const
  // "only fed the legacy URL" and goes, MEMBER_PAGES is read by the body and stays. The reads move ("`redirectUrl` →
  // `web.href`, `transactionReference` → `workflowExecution.id`"). `JSON.stringify(data, null, 2)` hands the whole
  // response to another function and on to stdout, where jq scripts read the legacy keys: "a response that leaves the
  // function whole (… passed to another function …)" — the item, the statement as written (judgement call: MIGRATION.md
  // does not name printing; it is the whole object, as round 42's `ws.send(JSON.stringify(details))` was). The helper:
  // "in the file's language and module system" — a `require` in this CommonJS script, no ES import. Judgement call: the
  // shebang stays the first line and `'use strict'` the first statement after it (as round 15 judged the zx shebang; a
  // require put above the directive would turn strict mode off). The action was already async and its errors already
  // reached `parseAsync(…).catch(…)`: no try/catch item.
  'auth-commander-cli-print-link': {
    has: ["#!/usr/bin/env node\n'use strict';\n", "require('./kyx-auth", 'axios.put(', ACCOUNT('emea-1') + ',',
      'const kyxAccount = await resolveKyxAccount(member.jumioEnrollment);', WF9, 'customerInternalReference: member.id', 'userReference: member.id',
      'web: {', 'successUrl: `${MEMBER_PAGES}/face-login/done`', 'errorUrl: `${MEMBER_PAGES}/face-login/failed`', 'locale: options.locale',
      'tokenLifetime: `${options.ttl}m`', 'Authorization: `' + BEARER('emea-1') + '`', "'User-Agent': 'RheinauBank-SupportCLI/2.3'", 'timeout: 15000,',
      "await auditSupportAction(process.env.USER, 'face-login.start', member.id, data.workflowExecution.id);",
      'console.log(data.web.href);', 'console.log(`reference: ${data.workflowExecution.id}`);',
      // the CLI, as written
      "process.stdout.write(JSON.stringify(data, null, 2) + '\\n');", ".option('--ttl <minutes>', 'how long the link stays valid', parseMinutes, 30)",
      "const MEMBER_PAGES = 'https://members.rheinaubank.example';", 'program.parseAsync(process.argv).catch((err) => {'],
    not: ['INITIATE_URL', 'JUMIO_API_SECRET', 'auth: {', 'axios.post(', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference', 'lon.netverify.com',
      "from './kyx-auth"],
    manual: [LOOKUP, NOT_WHOLE],
    noManual: [CATCH, CALLBACK],
  },
  // A ONE-OFF BACKFILL SCRIPT (US `netverify.com`, TypeScript ESM run with tsx, global fetch). node:util `parseArgs`,
  // a pg pool, keyset pages of open rows walked at the TOP LEVEL of the module (`for (;;) { … await pool.query … }`),
  // each row handed to `limit(() => backfillOne(row))` (p-limit) under `Promise.allSettled`. `backfillOne` GETs
  // `${NETVERIFY_US}/api/netverify/v2/authentications/${row.reference}` with a hand-built Basic header and
  // `AbortSignal.timeout`, casts `await res.json()` to a same-file interface, skips CREATED/STARTED, checks the
  // userReference against the row and writes transactionResult / transactionDate / transactionReference back. The
  // call: "`fetch` …" on "`netverify.com` … `/api/netverify/v2/authentications/{ref}`" → "`https://retrieval.<region>
  // .jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${ref}` with the region of the legacy host (US →
  // `amer-1` …)", "`const { accountId } = await resolveKyxWorkflowAccount(ref)` before the request" (backfillOne is
  // already async; the top-level loop is left as written — "as in any module that already awaits at its top level"),
  // the Basic header → the Bearer one; the Basic const "only built the Basic credentials" and goes, and so does the base
  // const the template held (as rounds 22, 36, 39 and 42 judged a retrieval base const). The cast's interface gets the
  // workflow member ("Interfaces, type aliases and inline type literals reached from generics, casts and annotations …
  // get one `workflow: { id; userReference? }` member"); the reads move ("`transactionReference` → `workflow.id`,
  // `userReference` → `workflow.userReference`"), `transactionResult` and `transactionDate` are flagged from the table,
  // left as written. The p-limit task returns nothing of the details: nothing leaves whole. No .catch on the call: no
  // try/catch item. The script's own parts (parseArgs, the pool, the limiter, the tally) stay.
  'ret-backfill-parseargs-p-limit-pg': {
    has: ['await fetch(' + RETRIEVAL('amer-1', 'row.reference') + ', {', WORKFLOW_LOOKUP('row.reference'), 'Authorization: `' + BEARER('amer-1') + '`',
      "'User-Agent': 'Cedarline-Backfill/FIN-2231'", 'signal: AbortSignal.timeout(10_000),', WORKFLOW, 'const details = (await res.json()) as AuthenticationDetails;',
      "if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {",
      'if (details.workflow.userReference && details.workflow.userReference !== row.member_id) {',
      'belongs to ${details.workflow.userReference}, not ${row.member_id}', '[details.transactionResult, details.transactionDate, details.workflow.id],',
      // the script, as written
      'const limit = pLimit(Number(args.concurrency));', 'const settled = await Promise.allSettled(rows.map((row) => limit(() => backfillOne(row))));',
      'await pool.end();', "'dry-run': { type: 'boolean', default: false },"],
    not: ['JUMIO_BASIC', 'JUMIO_API_SECRET', 'NETVERIFY_US', 'netverify.com', 'transactionReference: string', 'details.userReference'],
    manual: [SEAM, RESULT, DATE],
    noManual: [LEAVES, CATCH, CALLBACK],
  },
  // A TYPESCRIPT COMMONJS MODULE WITH `export =` (SG `core-sgp.jumio.com`, `.cts`, request-promise-native through
  // `import rp = require(…)`). `class FaceLoginGateway` holds the URL in a `private static readonly` field, its async
  // `start(customer)` awaits `rp.post({ uri: FaceLoginGateway.INITIATE_URL, json: true, body, auth: { user, pass,
  // sendImmediately }, headers, timeout })` into a variable annotated with `FaceLoginGateway.InitiateResponse` — an
  // interface of the namespace merged with the class — and returns the app's own `{ link, reference, startedAt }`;
  // `export = FaceLoginGateway` at the end. The call: request-promise is among the clients ("`request` /
  // `request-promise(-native)`"), the URL a class member ("class members" are followed) → PUT on account.apac-1 ("SG →
  // `apac-1`"; `rp.post` → `rp.put`, as axios.post → axios.put), the lookup, key 9 with the ID credential,
  // customerInternalReference from userReference, web.*, 45 → '45m', "Basic (axios/request `auth`, …) → …Bearer…" in
  // the call's headers (the `auth` option goes, `sendImmediately` with it); the private static "only fed the legacy
  // URL" and goes ("Private class fields (…, `#base`) that only fed the legacy URL or the Basic header are removed
  // too"). The annotation's interface moves: "annotations are followed to the interface or type alias … and rewritten
  // to the KYX shape", "a response type named through a namespace … is rewritten like any other" (judgement call: the
  // namespace is exported through `export =`; MIGRATION.md exempts no exported response type, only "One that a flagged
  // (not migrated) initiate of the same file also reads keeps its legacy shape"). `timestamp` stays. The module shape
  // stays as written: `import rp = require(…)`, the merge, `export =`. The helper's import form in a `.cts` file is not
  // pinned ("in the file's language and module system": an ES import and `import x = require()` both compile to a
  // require there). The method returns fields, not the response; already async, no .catch: no item but the lookup.
  'auth-export-equals-class-namespace-rp': {
    has: ['rp.put({', 'uri: ' + ACCOUNT('apac-1') + ',', 'const kyxAccount = await resolveKyxAccount(customer.enrolmentReference);', WF9,
      'customerInternalReference: customer.id', 'userReference: customer.id', 'web: {', 'successUrl: this.pages.success', 'errorUrl: this.pages.error',
      "locale: customer.locale ?? 'en-SG'", "tokenLifetime: '45m'", 'Authorization: `' + BEARER('apac-1') + '`', "'User-Agent': 'Lionpoint-Branch/5.2'",
      'json: true,', 'timeout: 20000,', 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'return { link: response.web.href, reference: response.workflowExecution.id, startedAt: response.timestamp };',
      // the module shape, as written
      "import rp = require('request-promise-native');", 'export = FaceLoginGateway;', 'namespace FaceLoginGateway {',
      'const response: FaceLoginGateway.InitiateResponse = await rp.put({', 'constructor(private readonly pages: FaceLoginGateway.Pages) {}',
      'export interface Started {\n    link: string;\n    reference: string;\n    startedAt: string;\n  }'],
    not: ['sendImmediately', 'LIONPOINT_JUMIO_SECRET', 'INITIATE_URL', 'core-sgp.jumio.com', 'rp.post(', 'redirectUrl: string', 'transactionReference: string',
      'tokenLifetimeInMinutes', 'enrollmentTransactionReference'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
  // AN AMD MODULE LOADED IN NODE THROUGH AMDEFINE (EU, `.js` in this `"type": "module"` repository, superagent).
  // `if (typeof define !== 'function') { var define = require('amdefine')(module); }` then `define(function (require)
  // { 'use strict'; var superagent = require('superagent'); … })`; `faceLoginStatus(reference)` returns
  // `superagent.get(DETAILS_URL + encodeURIComponent(reference)).auth(token, secret).set(…).set(…).timeout(…)
  // .then(function (res) { var details = res.body; return { reference, member, result, done }; })`. The UMD sentence:
  // "with a require of its own, or in a CommonJS package, it gets the require form as before" — this module has one,
  // so its retrieval is migrated and the helper and seam come in by `require` (not an ES import, which "would break
  // it"). The call: "superagent chains" on "`lon.netverify.com` … `/api/netverify/v2/authentications/{ref}`" → the
  // retrieval URL on emea-1 keeping the encoding ("a URL that percent-encodes it (`${encodeURIComponent(ref)}`) keeps
  // the encoding"; the concatenation's exact spelling is not pinned, only its parts), "superagent `.auth()`" → the
  // Bearer header (`.set('Authorization', …)`, as rounds 2, 16, 20 and 42 judged); the prefix var fed only the URL and
  // goes ("`var`/`let` constants are removed like `const`s"); `settings` is still read by `.timeout(settings.http)` and
  // stays. "a function that already returns the call's promise (`return fetch(…).then(…)`) is made `async` (its
  // callers already get a promise)", the lookup "before the request". The reads in the then-callback move
  // (`transactionReference` → `workflow.id`, `userReference` → `workflow.userReference`), `transactionResult` is
  // flagged and left. The callback builds the app's own object: nothing leaves whole. No `.catch`/`.then(ok, err)` on
  // the call: no try/catch item. Judgement call: `'use strict'` stays the factory's first statement.
  'ret-amd-amdefine-superagent': {
    has: ["require('./kyx-auth", "require('./kyx-workflow-account", 'async function faceLoginStatus(reference) {', 'await resolveKyxWorkflowAccount(reference)',
      'https://retrieval.emea-1.jumio.ai/api/v1/accounts/', '/workflow-executions/', 'encodeURIComponent(reference)',
      ".set('Authorization', `" + BEARER('emea-1') + '`)', ".set('Accept', 'application/json')", ".set('User-Agent', 'Nordlys-Workers/7.2')",
      '.timeout(settings.http)', 'reference: details.workflow.id,', 'member: details.workflow.userReference,', 'result: details.transactionResult,',
      'done: FINAL.indexOf(details.transactionResult) !== -1,',
      // the module shape, as written
      "var define = require('amdefine')(module);", "define(function (require) {\n  'use strict';", "var superagent = require('superagent');",
      "var settings = require('./settings');", 'return { faceLoginStatus: faceLoginStatus };'],
    not: ['.auth(', 'lon.netverify.com', 'DETAILS_URL', 'settings.jumio', "from './kyx-", 'details.userReference'],
    manual: [SEAM, RESULT],
    noManual: [LEAVES, CATCH, CALLBACK],
  },
  // A NODE-CRON JOB RE-ISSUING EXPIRED ENROLMENTS (SG `core-sgp.jumio.com`, TypeScript ESM, ofetch). The exported
  // `reissueExpiredVerifications()` loops over expired applications and, inside `try`, `ofetch<NetverifyInitiateResponse>(
  // `${NETVERIFY_SG}/api/v4/initiate`, { method: 'POST', headers: { Accept, Authorization: `Basic ${env}`, User-Agent },
  // body: { customerInternalReference, userReference, workflowId: 200, successUrl, errorUrl, callbackUrl, locale,
  // tokenLifetimeInMinutes: 2880 }, timeout })`, then stores the new reference and timestamp and mails the link;
  // `cron.schedule('20 * * * *', …)` runs it, SIGTERM stops the task. "the call becomes `POST https://account.<region>
  // .jumio.ai/api/v1/accounts` (account create; method unchanged) with `workflowDefinition` — `workflowId` … 200–202 →
  // key 3" (ofetch: "the promise resolves to the parsed body, an object body is sent as JSON"); web fields moved,
  // callbackUrl "Kept when present", 2880 → '2d' ("literal → largest exact unit"); the pre-encoded Basic header → the
  // Bearer one ("a hand-built or pre-encoded `Authorization` header"); the base const fed only the URL and goes, PORTAL
  // is read by the body and stays; the generic's interface moves (`timestamp` kept). Items: "on every migrated call,
  // storing `account.id` and the ID credential id", and "a body with a `callbackUrl` — KYX now posts its JSON callback
  // there". The function returns a count; the reads move; nothing leaves whole. Inside `try`: no try/catch item. The
  // cron callback only calls the function: no item of its own. The KYX URL's quotes are not pinned (the legacy one was a
  // template of a const; earlier rounds pinned the single-quoted form only where the legacy URL was a plain literal).
  'enr-node-cron-reissue-expired-ofetch': {
    has: ['await ofetch<NetverifyInitiateResponse>(', 'https://account.apac-1.jumio.ai/api/v1/accounts', "method: 'POST',", 'Authorization: `' + BEARER('apac-1') + '`',
      "'User-Agent': 'Kallang-Onboarding/3.8'", 'workflowDefinition: { key: 3 }', 'customerInternalReference: application.id',
      'userReference: application.applicantId', 'web: {', 'successUrl: `${PORTAL}/apply/${application.id}/id-done`',
      'errorUrl: `${PORTAL}/apply/${application.id}/id-error`', 'locale: application.locale', 'callbackUrl: `${PORTAL}/hooks/netverify/id-verification`',
      "tokenLifetime: '2d'", 'timeout: 15_000,', 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'reference: started.workflowExecution.id,', 'issuedAt: started.timestamp,',
      'await sendVerificationReminder(application.email, started.web.href, { hoursValid: 48 });',
      // the job, as written
      "const PORTAL = 'https://apply.kallangsec.example';", "'20 * * * *',", 'const count = await reissueExpiredVerifications();',
      "process.once('SIGTERM', () => task.stop());"],
    not: ['NETVERIFY_SG', 'JUMIO_SG_BASIC', 'workflowId', 'tokenLifetimeInMinutes', 'core-sgp.jumio.com', 'Basic ${', 'redirectUrl: string', '/api/v1/accounts/'],
    manual: [STORE, /callbackUrl/],
    noManual: [LOOKUP, NOT_WHOLE, CATCH, CALLBACK],
  },
  // A COGNITO "CREATE AUTH CHALLENGE" LAMBDA WITH TOP-LEVEL AWAIT (US `netverify.com`, `.mjs`, global fetch, the
  // older guide's form). At cold start: `const { SecretString } = await secrets.send(new GetSecretValueCommand(…))`,
  // `const config = JSON.parse(SecretString)`. `export const handler = async (event) => …` posts `{
  // enrollmentTransactionReference: enrolment, userReference: event.userName, successUrl, errorUrl, callbackUrl:
  // `${config.callbackBase}/…`, tokenLifetimeInMinutes: 15 }` to `'https://netverify.com/api/v4/initiate/'` with a
  // Basic header built from the secret's fields, and puts the link and reference into Cognito's challenge parameters.
  // Proven: "`/api/v4/initiate` with a body that carries `enrollmentTransactionReference` (the older guide's form)";
  // the spec: "its sample POSTs a body with `enrollmentTransactionReference` to `https://netverify.com/api/v4/initiate/`
  // … treat **a v4-initiate body containing `enrollmentTransactionReference` as an Authentication transaction**"
  // (judgement call: the trailing slash, copied from that sample, is the same path). → PUT on account.amer-1 ("US →
  // `amer-1`"), the lookup, key 9 with the ID credential, customerInternalReference from userReference, web.*,
  // callbackUrl kept, 15 → '15m', the Basic header → the Bearer one (Content-Type, Accept, User-Agent stay); the URL
  // const goes; `config` is still read by the body (`config.callbackBase`), so the top-level await and the parse stay
  // ("as in any module that already awaits at its top level"). The challenge parameters read the response: `url:
  // started.web.href`, `reference: started.workflowExecution.id` — the app's own keys stay; the handler returns
  // `event`, not the response: nothing leaves whole. The handler reads Cognito's `event.request`, no callback field:
  // no callback item. Already async, no .catch: no try/catch item.
  'auth-cognito-challenge-lambda-tla': {
    has: ['await fetch(' + ACCOUNT('amer-1') + ', {', "method: 'PUT',", 'const kyxAccount = await resolveKyxAccount(enrolment);', WF9,
      'customerInternalReference: event.userName', 'userReference: event.userName', 'web: {', 'successUrl: `${APP_LINKS}/done`',
      'errorUrl: `${APP_LINKS}/failed`', 'callbackUrl: `${config.callbackBase}/jumio/face-login`', "tokenLifetime: '15m'",
      'Authorization: `' + BEARER('amer-1') + '`', "'Content-Type': 'application/json',", "'User-Agent': 'Grainfield-Cognito/1.4',",
      "event.response.publicChallengeParameters = { kind: 'FACE_LOGIN', url: started.web.href };",
      'event.response.privateChallengeParameters = { reference: started.workflowExecution.id };',
      'event.response.challengeMetadata = `FACE_LOGIN:${started.workflowExecution.id}`;',
      // the cold start, as written
      'const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.FACE_LOGIN_SECRET_ID }));',
      'const config = JSON.parse(SecretString);', 'export const handler = async (event) => {', 'return event;'],
    not: ['JUMIO_INITIATE', '/api/v4/initiate', 'jumioApiSecret', "'Basic '", 'tokenLifetimeInMinutes', 'enrollmentTransactionReference', "method: 'POST'"],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // A DEAD-LETTER-QUEUE REPLAY SCRIPT (`#!/usr/bin/env node`, `.mjs`, @aws-sdk/client-sqs, top-level await). The API
  // gateway queued each legacy callback's raw form; `async function drainOnce()` — no parameter — receives a batch
  // from the DLQ, parses each body with `new URLSearchParams(message.Body)`, skips it unless `form.get('callBackType')
  // === 'NETVERIFY_AUTHENTICATION'`, reads transactionResult, enrollmentTransactionReference, transactionDate,
  // callbackDate, userReference and transactionReference, settles the face login and deletes the batch; the top level
  // loops `for (let n = await drainOnce(); n > 0; …)`. "a function that takes no parameter and pulls the form itself (a
  // queue consumer's `new URLSearchParams(codec.decode(msg.data))`) is proven like a service given `req.body`", and
  // "It is Jumio's callback only when the handler compares against `NETVERIFY_AUTHENTICATION`" (judgement call: a
  // replay script draining a DLQ is such a queue consumer — what it replays stops arriving in this form once KYX posts
  // JSON). "nothing but one manual item above the route registration (or the handler)", naming "for every legacy
  // field this handler reads, where it is now". No IP or hostname list: no allowlist item. The outcome's keys
  // (`decidedAt`, `receivedAt`) are the app's own: no item gives them a KYX place.
  'cb-sqs-dlq-replay-script': [CALLBACK, /transactionReference → workflowExecution\.id/, /enrollmentTransactionReference → gone/,
    /transactionResult → retrieval/, /transactionDate → retrieval createdAt/, /callbackDate → callbackSentAt/, /userReference → userReference/,
    /callBackType → workflowExecution\.definitionKey/, NO_ALLOWLIST, /^(?![\s\S]*\b(?:decidedAt|receivedAt) → )/],
};

/** Byte-identical, no item: compiled output (legacy, never touched) and the three lookalikes. */
export const UNTOUCHED = [
  // tsc's CommonJS output of a yargs CLI, committed for the ops hosts (EU): the shebang tsc keeps, `"use strict"`,
  // `__importDefault`, `Object.defineProperty(exports, "__esModule", { value: true })`, `(0, node_fetch_1.default)(
  // `${NETVERIFY_EU}/api/authentication/v1/web/initiate`, …)` with a Basic header and the legacy body, `(await
  // res.json())` read for `redirectUrl` / `transactionReference`, and `//# sourceMappingURL=reauth.js.map` last.
  // "Compiled output is never touched, not even with a marker: a file the initiate rules' `isCompiledOutput` recognises
  // (a `//# sourceMappingURL=` line, tsc/babel CommonJS) … gets no report". Its source (src/bin/reauth.ts) is what a
  // run migrates; the build follows. Not one of the three lookalikes (see the header).
  'auth-tsc-compiled-yargs-bin',
  // auth-commander-cli-print-link's shape for a payment service provider: the same commander CLI, shebang, `'use
  // strict'`, axios `auth`, `timeout`, `--json` printing the whole response, a body with `userReference`, `successUrl`,
  // `errorUrl`, `locale` and a lifetime in minutes, and reads of `data.redirectUrl` / `data.transactionReference` — sent
  // to `https://api.harbourpay.example/api/v2/hosted-payments/initiate`. "Field names alone never trigger a rewrite";
  // "`transactionReference`: payment and banking code everywhere" (spec §2.10); a host the codemod reads that is not a
  // legacy host, and no `enrollmentTransactionReference` / `customerInternalReference` in the body.
  'neg-psp-commander-cli-pay-link',
  // auth-cognito-challenge-lambda-tla once on KYX: the same cold-start secret read by a top-level await, its own
  // client-credentials token from `auth.amer-1.jumio.ai/oauth2/token` (a Basic header of the OAuth2 client to the KYX
  // token host, cached while the container is warm), and `PUT https://account.amer-1.jumio.ai/api/v1/accounts/
  // ${accountId}` with key 9, `web`, `tokenLifetime: '15m'`, reading `web.href` / `workflowExecution.id` /
  // `account.id`. "Never touched: … code already on KYX (`account.<region>.jumio.ai`)".
  'neg-kyx-cognito-challenge-lambda-tla',
  // ret-backfill-parseargs-p-limit-pg's shape for another KYC vendor: the same parseArgs, pg keyset loop at the top
  // level, p-limit and fetch with `AbortSignal.timeout`, Sumsub's `GET https://api.sumsub.com/resources/applicants/
  // {id}/one` signed with `X-App-Token` / `X-App-Access-Sig`, and the review answer written back. The spec: "Siblings
  // such as Onfido, Veriff, Shufti and Sumsub use the same words … and must not be touched"; no legacy host, path or
  // field.
  'neg-sumsub-backfill-parseargs-p-limit-pg',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
