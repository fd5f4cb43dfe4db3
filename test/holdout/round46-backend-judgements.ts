// Judgements of the hold-out round 46 backend corpus (test/holdout/round46-backend/), read by round46-backend.test.ts:
// what each file must become (rewrites, manual items), which are only flagged, which must stay byte-identical, and
// the known gaps (asserted as failing until fixed). Written from the spec (real-world-legacy-code.md,
// jumio-api-facts.md) and MIGRATION.md before the codemod ran on the corpus and without reading the rule code. `not`
// strings name code forms, never words of the inputs' kept comments or of the expected items' own text.
//
// The corpus weighs PERSISTENCE OF THE LEGACY IDENTIFIERS AROUND THE CALLS, judged for PRECISION: each legacy file
// holds the call or the handler AND the data layer that stores and looks up its results, declared or queried under
// names that share the legacy words — TypeORM entity properties, Sequelize attributes, Mongoose schema paths, a
// Drizzle table's columns, Prisma data keys (shorthand included), SQL column names in strings, Redis key templates and
// hash field lists, DynamoDB keys and update expressions. What MIGRATION.md decides, per shape:
// - what moves: "every read of a value that flows from the call — `await`, …, `res.data`, `res.body`, `await
//   res.json()`, …, variables and reassignments, destructuring with renames and defaults, optional chaining and bracket
//   access — `redirectUrl` → `web.href`, `transactionReference` → `workflowExecution.id`", and for the details
//   "`transactionReference` → `workflow.id`, `userReference` → `workflow.userReference`"; types "Generic type arguments
//   (`post<T>`), casts (`as T`, inline `as { … }`) and annotations are followed to the interface or type alias … and
//   rewritten to the KYX shape";
// - what stays: "**Proof before rewrite.** … Field names alone never trigger a rewrite, and reads are rewritten only on
//   values that flow from a migrated call." A key of an object handed to the data layer (`create({ transactionReference:
//   … })`, `where: { transactionReference }`, `$set: { userReference: … }`), a model's declaration, a column name in a
//   SQL string and a Redis key are the customer's names, not reads of the call's value: each is pinned as written with
//   `has` (multi-line where a marker slipped above it would be a defect too), and only the VALUE read from the call
//   moves. The spec says why: "DB columns are named after legacy fields … **Data-layer strings need a data migration,
//   not a code rename.**" (real-world-legacy-code.md §2.5);
// - what is flagged: "a response that leaves the function whole (… stored in a record, passed to another function …)"
//   and "string key paths that query a stored response (`'jumioResponse.transactionReference'`)" — no file of this round
//   stores an answer or the details whole: every store receives fields (so no "leaves whole" item is judged anywhere);
//   the retrieval fields KYX lacks keep their items ("`transactionResult` | `workflow.status` + …", "`transactionDate` |
//   `createdAt` (or `startedAt`)"); callbacks get "nothing but one manual item" naming "for every legacy field this
//   handler reads, where it is now".
// Where MIGRATION.md is silent the judgement is the conservative one and is said to be a JUDGEMENT CALL.
import type { HoldoutExpect as Expect } from '../support/backend-holdout-suite.js';
import { CALLBACK, CATCH, LOOKUP, NOT_WHOLE, RESULT, SEAM, STORE } from '../support/backend-item-patterns.js';

const ACCOUNT = (region: string) => '`https://account.' + region + '.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`';
const RETRIEVAL = (region: string, ref: string) => '`https://retrieval.' + region + '.jumio.ai/api/v1/accounts/${accountId}/workflow-executions/${' + ref + '}`';
const BEARER = (region: string) => "Bearer ${await kyxAccessToken('" + region + "')}";
/** The workflow definition of an authentication (MIGRATION.md, the fetch-template-base example). */
const WF9 = "workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }";
/** The lookup before the request, keyed by the reference the legacy URL held. */
const WORKFLOW_LOOKUP = (ref: string) => `const { accountId } = await resolveKyxWorkflowAccount(${ref});`;
/** The item of a transactionDate read ("`transactionDate` | `createdAt` (or `startedAt`) | the guides do not say which"). */
const DATE = /transactionDate is not in the KYX workflow details/;
/** The item of retrieval details that leave the function whole ("returned, sent, stored"). */
const LEAVES = /retrieval details leave here whole/;
/** The item of a string key path querying a stored response (the first corpus's `auth-stored-whole`). */
const STORED_PATH = /queries the stored legacy response/;
/** No allowlist item (an absence, written as a pattern anchored at the start of the joined messages, since the FLAGGED
 * shape takes patterns only). */
const NO_ALLOWLIST = /^(?![\s\S]*legacy Jumio callback source allowlist)/;
/** One callback item only (an absence of a second one, as above). */
const ONE_CALLBACK = /^(?![\s\S]*legacy Jumio authentication callback[\s\S]*legacy Jumio authentication callback)/;
/** The callback item does not name these fields (an absence, as above): the handler does not read them. */
const NOT_NAMED = (...fields: string[]) => new RegExp(`^(?![\\s\\S]*\\b(?:${fields.join('|')}) → )`);

/** Judged rewrites. */
export const MIGRATED: Record<string, Expect> = {
  // A NESTJS SERVICE WITH ITS TYPEORM ENTITY IN THE SAME FILE (EU `lon.netverify.com`, TypeScript, axios). The entity
  // `FaceLoginSession` declares `transactionReference!`, `enrollmentTransactionReference!` and `redirectUrl!` (columns
  // `transaction_reference`, …); the answer is typed by a separate `interface FaceLoginInitiateResponse { timestamp;
  // redirectUrl; transactionReference }` given to `axios.post<…>`. `start(draft)` posts `${NETVERIFY_EU}/api/
  // authentication/v1/web/initiate` with `auth`, then `this.sessions.create({ draftId, enrollmentTransactionReference:
  // draft.customer.jumioEnrollment, transactionReference: data.transactionReference, redirectUrl: data.redirectUrl })`,
  // saves it, answers `{ url: data.redirectUrl, sessionId }`; `findByReference` / `markDecided` query the repository by
  // `{ transactionReference: reference }`. The call: "`POST` → `PUT` `https://account.<region>.jumio.ai/api/v1/accounts/
  // ${kyxAccount.accountId}`, with the region of the legacy host (… EU → `emea-1` …)", axios.post → axios.put (as
  // rounds 2–45 judged), "`const kyxAccount = await resolveKyxAccount(<enrollment reference>)` is inserted before the
  // request is built", key 9 with the ID credential, "`customerInternalReference` added when missing (the
  // `userReference`, …)", "`successUrl`/`errorUrl`/`locale` → `web.*`", 15 → '15m', "Basic (axios/request `auth`, …) →
  // Authorization: `Bearer ${await kyxAccessToken('<region>')}`" among the headers; the base const "only fed the legacy
  // URL" and goes. The generic's interface moves ("followed to the interface … and rewritten to the KYX shape",
  // `timestamp` stays). PRECISION: the entity is no type of the call — its properties and decorators stay as written;
  // the body's `enrollmentTransactionReference` goes while the `create()` literal's key of the same name and value stays
  // ("Field names alone never trigger a rewrite"); the `create()` VALUES move; the repository queries stay. Nothing
  // leaves whole (fields are stored, the route gets its own object). Already async, no .catch: no try/catch item.
  'auth-nest-typeorm-entity-same-file-axios': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.js';", 'axios.put<FaceLoginInitiateResponse>(', ACCOUNT('emea-1') + ',',
      'const kyxAccount = await resolveKyxAccount(draft.customer.jumioEnrollment);', WF9, 'customerInternalReference: draft.customer.id',
      'userReference: draft.customer.id,', 'web: {', 'successUrl: `https://online.kestrel-bank.example/standing-orders/${draft.id}/confirm`',
      'errorUrl: `https://online.kestrel-bank.example/standing-orders/${draft.id}/face-login-failed`', 'locale: draft.customer.locale',
      "tokenLifetime: '15m'", 'Authorization: `' + BEARER('emea-1') + '`', "Accept: 'application/json'", "'User-Agent': 'Kestrel-Payments/3.8'",
      // the response interface, moved
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      // the entity, as written
      "@Index({ unique: true })\n  @Column({ name: 'transaction_reference', length: 36 })\n  transactionReference!: string;",
      "@Column({ name: 'enrollment_transaction_reference', length: 36 })\n  enrollmentTransactionReference!: string;",
      "@Column({ name: 'redirect_url', length: 2047 })\n  redirectUrl!: string;",
      // the row: the customer's keys, the call's values moved
      'const session = this.sessions.create({\n      draftId: draft.id,\n      enrollmentTransactionReference: draft.customer.jumioEnrollment,\n' +
        '      transactionReference: data.workflowExecution.id,\n      redirectUrl: data.web.href,\n    });',
      'await this.sessions.save(session);', 'return { url: data.web.href, sessionId: session.id };',
      // the look-ups, as written
      'return this.sessions.findOneBy({ transactionReference: reference });',
      "await this.sessions.update({ transactionReference: reference }, { status: passed ? 'PASSED' : 'FAILED' });"],
    not: ['NETVERIFY_EU', 'auth: {', 'NETVERIFY_API_SECRET', 'axios.post<', 'tokenLifetimeInMinutes', 'redirectUrl: string;', 'transactionReference: string;',
      'enrollmentTransactionReference: draft.customer.jumioEnrollment,\n        userReference'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
  // A FASTIFY PLUGIN DESTRUCTURING THE ANSWER INTO PRISMA SHORTHAND KEYS (US `netverify.com`, TypeScript, global fetch).
  // `fetch(INITIATE_URL, { method: 'POST', headers: { Accept, 'Content-Type', Authorization: `Basic ${BASIC}`, 'User-Agent'
  // }, body: JSON.stringify({ enrollmentTransactionReference, userReference, successUrl, errorUrl, callbackUrl,
  // tokenLifetimeInMinutes: 30 }) })`, then `const { redirectUrl, transactionReference, timestamp } = (await res.json()) as
  // FaceLoginStarted` (a type alias of the file) and `prisma.deviceFaceLogin.create({ data: { deviceId, memberNumber,
  // transactionReference, redirectUrl, startedAt: new Date(timestamp) } })` — the table's fields named after the answer;
  // the DELETE route queries `where: { deviceId, transactionReference: reference }`. The call → PUT on account.amer-1
  // ("US → `amer-1`"), the lookup, key 9, customerInternalReference from userReference, web.*, "`callbackUrl` … Kept when
  // present", 30 → '30m', the Basic header → the Bearer one (Accept, Content-Type, User-Agent stay); INITIATE_URL and
  // BASIC "only fed the legacy URL or the Basic credentials" and go. The destructuring: "destructuring with renames and
  // defaults" — the pattern reaches the KYX fields and the locals keep their names (`web: { href: redirectUrl }`,
  // `workflowExecution: { id: transactionReference }`, as round 16 judged `auth-redis-cached-basic`); the cast's alias
  // moves. PRECISION: the Prisma data's SHORTHAND keys are the table's fields and keep their shorthand (the locals still
  // hold the values); the DELETE route's where clause stays. The route answers its own object: nothing leaves whole.
  // JUDGEMENT CALL: MIGRATION.md documents the "KYX now posts its JSON callback there" item for enrolments only; an
  // authentication's callbackUrl is "Kept when present, never invented" — no item judged either way.
  'auth-fastify-prisma-shorthand-columns-fetch': {
    has: ['await fetch(' + ACCOUNT('amer-1') + ', {', "method: 'PUT',", 'const kyxAccount = await resolveKyxAccount(member.netverifyEnrollment);', WF9,
      'customerInternalReference: member.memberNumber', 'userReference: member.memberNumber,', 'web: {',
      'successUrl: `https://app.harborcu.example/devices/${deviceId}/trusted`', 'errorUrl: `https://app.harborcu.example/devices/${deviceId}/not-trusted`',
      "callbackUrl: 'https://api.harborcu.example/hooks/face-login'", "tokenLifetime: '30m'",
      "Accept: 'application/json',", "'Content-Type': 'application/json',", 'Authorization: `' + BEARER('amer-1') + '`', "'User-Agent': 'HarborCU-MemberApp/9.1',",
      // the destructuring and the alias, moved
      'web: { href: redirectUrl }', 'workflowExecution: { id: transactionReference }', '} = (await res.json()) as FaceLoginStarted;',
      'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      // the table's fields, as written
      'data: {\n        deviceId,\n        memberNumber: member.memberNumber,\n        transactionReference,\n        redirectUrl,\n        startedAt: new Date(timestamp),\n      },',
      'return reply.code(201).send({ next: redirectUrl });', 'where: { deviceId, transactionReference: reference },'],
    not: ['INITIATE_URL', 'const BASIC', 'NV_API_SECRET', 'Basic ${', "method: 'POST'", 'tokenLifetimeInMinutes', 'enrollmentTransactionReference',
      'redirectUrl: string', 'transactionReference: string', 'transactionReference: workflowExecution', 'redirectUrl: web'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK],
  },
  // AN EXPRESS ROUTER KEEPING THE REFERENCE IN REDIS KEYS AND A HASH (SG `core-sgp.jumio.com`, ESM `.mjs`, superagent,
  // node-redis v4 with top-level await). `superagent.post(`${NV_SG}/api/authentication/v1/web/initiate`).auth(token,
  // secret).set('Accept', …).set('User-Agent', …).send({ enrollmentTransactionReference, userReference, successUrl,
  // errorUrl, locale: client.locale || 'en', tokenLifetimeInMinutes: 20 })`, `const started = response.body`, then a
  // MULTI: `.set(keys.byReference(started.transactionReference), instructionId, …)` where `keys.byReference =
  // (transactionReference) => `nv:auth:transactionReference:${transactionReference}``, and `.hSet(key, {
  // transactionReference: started.transactionReference, redirectUrl: started.redirectUrl, status, startedAt:
  // started.timestamp })`; the status route reads the hash back with `hmGet(key, ['status', 'transactionReference'])`.
  // The call: "superagent chains" → `.put(kyxUrl)` on account.apac-1 ("SG → `apac-1`"), "superagent `.auth()`" → "…
  // `.set('Authorization', …)`" (the enrolment rule's example), the other `.set()`s stay, the lookup inside the `try`
  // ("inserted before the request is built"), key 9, customerInternalReference from userReference, web.*, 20 → '20m';
  // NV_SG fed only the URL and goes. The reads of `started` ("`res.body`, …, variables") move — also the one handed to
  // the key builder (a field, not the answer). PRECISION: the key builder's parameter name and the key text, the hash's
  // field names (object keys) and the status route stay as written. JUDGEMENT CALL: `hmGet(…, ['status',
  // 'transactionReference'])` names fields of a hash the app wrote under its own keys, not "string key paths that
  // query a stored response" — the answer is never stored whole here — so no such item (as round 39 left `hmGet(key,
  // ['redirectUrl'])` as written). The call is inside the route's `try` (errors reach `next(err)`): no try/catch item.
  'auth-express-redis-reference-keys-superagent': {
    has: ["import { kyxAccessToken, resolveKyxAccount } from './kyx-auth", '.put(' + ACCOUNT('apac-1') + ')',
      ".set('Authorization', `" + BEARER('apac-1') + '`)', ".set('Accept', 'application/json')", ".set('User-Agent', 'MerlionWealth-Advisor/2.14')",
      'const kyxAccount = await resolveKyxAccount(client.netverifyEnrollmentRef);', WF9, 'customerInternalReference: client.clientNo',
      'userReference: client.clientNo,', 'web: {', "successUrl: 'https://m.merlion-wealth.example/selfie/done'",
      "errorUrl: 'https://m.merlion-wealth.example/selfie/failed'", "locale: client.locale || 'en'", "tokenLifetime: '20m'",
      'const started = response.body;', '.set(keys.byReference(started.workflowExecution.id), instructionId, { EX: SESSION_TTL })',
      "transactionReference: started.workflowExecution.id,\n        redirectUrl: started.web.href,\n        status: 'PENDING',\n        startedAt: started.timestamp,",
      'res.status(202).json({ qr: started.web.href, poll: `/instructions/${instructionId}/selfie-status` });',
      // the keys and the status route, as written
      'byReference: (transactionReference) => `nv:auth:transactionReference:${transactionReference}`,',
      "const [status, transactionReference] = await redis.hmGet(keys.byInstruction(req.params.instructionId), ['status', 'transactionReference']);",
      "res.json({ status: status ?? 'UNKNOWN', reference: transactionReference });"],
    not: ['NV_SG', '.auth(', '.post(`${', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK, STORED_PATH],
  },
  // A KOA ROUTER WRITING THE ANSWER WITH A RAW PG INSERT (US `www.netverify.com`, TypeScript, ky). `ky.post(
  // NETVERIFY_AUTH_INITIATE, { json: { enrollmentTransactionReference, userReference, successUrl, errorUrl, locale:
  // 'en-US', tokenLifetimeInMinutes: 10 }, headers: { Authorization: `Basic ${process.env.CEDAR_NETVERIFY_BASIC}`,
  // 'User-Agent' }, timeout: 15_000 }).json<NetverifyInitiateResponse>()`, then `pool.query(INSERT_SESSION, [client.id,
  // withdrawalId, started.transactionReference, started.redirectUrl, started.timestamp])` where INSERT_SESSION is
  // `INSERT INTO auth_sessions (client_id, withdrawal_id, transaction_reference, redirect_url, started_at) … ON CONFLICT
  // … SET transaction_reference = EXCLUDED.transaction_reference, redirect_url = …`; a GET route selects the same
  // columns. The call: "ky (`ky.post(url, { json, headers }).json()`, got's call shape)" → `.put(kyxUrl, …)` on
  // account.amer-1 (`www.netverify.com` is a US host: "`netverify.com`, `www.netverify.com` | `amer-1`"), the lookup,
  // key 9, customerInternalReference from userReference, web.*, 10 → '10m', the pre-encoded Basic header → the Bearer
  // one, "A migrated got/ky call gets `retry: { limit: 0 }` in its own options" (hold-out round 6: "got and ky resend a
  // PUT … by default"), the timeout stays; the URL const goes. The generic's interface moves. PRECISION: the SQL texts
  // (column names `transaction_reference`, `redirect_url`) and the GET route's `rows[0].redirect_url` reads stay; the
  // parameter array's VALUES move. JUDGEMENT CALL: the SQL texts name the brokerage's columns, not a stored answer
  // ("string key paths that query a stored response" — the answer is stored field by field): no such item. Nothing
  // leaves whole; already async, no .catch: no try/catch item.
  'auth-koa-pg-sql-insert-ky': {
    has: ['.put(' + ACCOUNT('amer-1') + ', {', 'const kyxAccount = await resolveKyxAccount(client.netverifyScanReference);', WF9,
      'customerInternalReference: client.accountNumber', 'userReference: client.accountNumber,', 'web: {',
      'successUrl: `https://invest.cedarpoint.example/withdrawals/${withdrawalId}/verified`',
      'errorUrl: `https://invest.cedarpoint.example/withdrawals/${withdrawalId}/not-verified`', "locale: 'en-US'", "tokenLifetime: '10m'",
      'Authorization: `' + BEARER('amer-1') + '`', "'User-Agent': 'CedarPoint-Withdrawals/4.0',", 'timeout: 15_000,', 'retry: { limit: 0 }',
      '.json<NetverifyInitiateResponse>();', 'web: { href: string }', 'workflowExecution: { id: string }', 'timestamp: string;',
      'await pool.query(INSERT_SESSION, [client.id, withdrawalId, started.workflowExecution.id, started.web.href, started.timestamp]);',
      'ctx.body = { verifyAt: started.web.href };',
      // the SQL and the GET route, as written
      '  INSERT INTO auth_sessions (client_id, withdrawal_id, transaction_reference, redirect_url, started_at)\n  VALUES ($1, $2, $3, $4, $5)',
      'SET transaction_reference = EXCLUDED.transaction_reference, redirect_url = EXCLUDED.redirect_url, started_at = EXCLUDED.started_at`;',
      "'SELECT transaction_reference, redirect_url, started_at FROM auth_sessions WHERE withdrawal_id = $1',",
      'ctx.body = { reference: rows[0].transaction_reference, verifyAt: rows[0].redirect_url, startedAt: rows[0].started_at };'],
    not: ['NETVERIFY_AUTH_INITIATE', 'CEDAR_NETVERIFY_BASIC', 'Basic ${', 'tokenLifetimeInMinutes', 'enrollmentTransactionReference', 'redirectUrl: string',
      'transactionReference: string'],
    manual: [LOOKUP],
    noManual: [NOT_WHOLE, CATCH, CALLBACK, STORED_PATH],
  },
  // GOT IN COMMONJS WITH THE SEQUELIZE MODEL DEFINED BESIDE IT: AN ENROLMENT (US `netverify.com`, `.cjs`). `const
  // IdVerification = sequelize.define('IdVerification', { applicationId, transactionReference: { type:
  // DataTypes.STRING(36), …, field: 'transaction_reference' }, redirectUrl: { …, field: 'redirect_url' },
  // customerInternalReference: { …, field: 'customer_internal_reference' }, status })`; `got.post(NETVERIFY_V4_INITIATE, {
  // json: { customerInternalReference, userReference, workflowId: 200, successUrl, errorUrl, callbackUrl, locale,
  // tokenLifetimeInMinutes: 60 * 24 * 2 }, username, password, headers }).json()`, then `IdVerification.create({
  // applicationId, transactionReference: started.transactionReference, redirectUrl: started.redirectUrl,
  // customerInternalReference: application.id })`, `return started.redirectUrl`; `findVerificationByReference` queries
  // `{ where: { transactionReference } }`. The call: "`POST https://account.<region>.jumio.ai/api/v1/accounts` (account
  // create; method unchanged) with `workflowDefinition` — `workflowId` … 200–202 → key 3", web.*, callbackUrl kept, "a
  // constant written as arithmetic of literals (`60 * 24 * 30`) counts as one (`"30d"`)" → '2d'; got's
  // `username`/`password` → the Bearer header ("Basic (… got `username`/`password` …)") inside the call's headers; the
  // URL const goes; the helper comes in by `require` ("in the file's language and module system"). Items: "on every
  // migrated call, storing `account.id` and the ID credential id", "a body with a `callbackUrl` — KYX now posts its
  // JSON callback there". PRECISION: the model's attributes — `customerInternalReference` included, a KYX request field
  // name too — and the `create()` keys stay; the `create()` values and the return move; the finder stays. The
  // function returns a field: nothing leaves whole. Already async, no .catch.
  'enr-sequelize-define-same-file-got': {
    has: ["require('./kyx-auth", ".post('https://account.amer-1.jumio.ai/api/v1/accounts', {", 'workflowDefinition: { key: 3 }',
      'customerInternalReference: application.id,', 'userReference: application.applicantId,', 'web: {',
      'successUrl: `https://apply.pineridge-lending.example/applications/${application.id}/id-check/done`',
      'errorUrl: `https://apply.pineridge-lending.example/applications/${application.id}/id-check/error`', "locale: 'en-US'",
      "callbackUrl: 'https://api.pineridge-lending.example/webhooks/id-verification'", "tokenLifetime: '2d'",
      'Authorization: `' + BEARER('amer-1') + '`', "Accept: 'application/json'", "'User-Agent': 'PineRidge-Underwriting/1.9'", '.json();',
      // the model, as written
      "transactionReference: { type: DataTypes.STRING(36), allowNull: false, unique: true, field: 'transaction_reference' },\n" +
        "    redirectUrl: { type: DataTypes.STRING(2047), allowNull: false, field: 'redirect_url' },\n" +
        "    customerInternalReference: { type: DataTypes.STRING(100), field: 'customer_internal_reference' },",
      // the row: the customer's keys, the call's values moved
      'await IdVerification.create({\n    applicationId: application.id,\n    transactionReference: started.workflowExecution.id,\n' +
        '    redirectUrl: started.web.href,\n    customerInternalReference: application.id,\n  });',
      'return started.web.href;', 'return IdVerification.findOne({ where: { transactionReference } });',
      'module.exports = { IdVerification, startIdVerification, findVerificationByReference };'],
    not: ['NETVERIFY_V4_INITIATE', 'workflowId', 'tokenLifetimeInMinutes', 'username:', 'password:', 'NETVERIFY_API_SECRET', '/api/v1/accounts/'],
    manual: [STORE, /callbackUrl/],
    noManual: [LOOKUP, NOT_WHOLE, CATCH, CALLBACK],
  },
  // UNDICI WITH A MONGOOSE SCHEMA WHOSE PATHS ARE THE DETAILS' NAMES (EU `lon.netverify.com`, TypeScript). The schema
  // declares `transactionReference`, `userReference`, `transactionResult` (enum with 'PENDING'), `transactionDate`,
  // `zoneId`; `request(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, { method: 'GET',
  // headers: { accept, authorization: `Basic ${Buffer.from(…)}`, 'user-agent' } })`, `const result = (await body.json())
  // as AuthenticationResult` (an interface of the file), then `FaceLogin.updateOne({ transactionReference:
  // result.transactionReference }, { $set: { userReference: result.userReference, transactionResult:
  // result.transactionResult, transactionDate: new Date(result.transactionDate) } }, { upsert: true })`; a second
  // function lists pending documents with `find({ zoneId, transactionResult: 'PENDING' }).select({ transactionReference:
  // 1, userReference: 1 })`. The call: "`undici.request`", the retrieval URL on emea-1, the lookup before the request,
  // the inline Basic header → the Bearer one under the same lower-case key (as rounds 4 and 45 judged undici's), the
  // other headers stay; "`await body.json()` (undici)", the cast's interface "get[s] one `workflow: { id; userReference?
  // }` member" with `transactionResult` / `transactionDate` kept and flagged. The reads: `result.transactionReference` →
  // `result.workflow.id`, `result.userReference` → `result.workflow.userReference`; `transactionResult` and
  // `transactionDate` get their items and stay. PRECISION: the filter's and `$set`'s KEYS are the document's paths and
  // stay (only the values move); the schema and the pending list — which read nothing of the call — stay without a
  // marker above any of their lines (pinned across lines). Helpers: "`./kyx-auth.js` for NodeNext TS" and the seam's
  // module beside it. Nothing leaves whole.
  'ret-mongoose-schema-update-undici': {
    has: ["import { kyxAccessToken } from './kyx-auth.js';", "import { resolveKyxWorkflowAccount } from './kyx-workflow-account.js';",
      'await request(' + RETRIEVAL('emea-1', 'reference') + ', {', WORKFLOW_LOOKUP('reference'), "method: 'GET',", "accept: 'application/json',",
      'authorization: `' + BEARER('emea-1') + '`', "'user-agent': 'FjordMobility-RentalDesk/5.0',",
      'workflow: { id: string; userReference?: string }', "transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';",
      'transactionDate: string;', 'const result = (await body.json()) as AuthenticationResult;',
      "if (result.transactionResult === 'CREATED' || result.transactionResult === 'STARTED') return 'pending';",
      '{ transactionReference: result.workflow.id },', 'userReference: result.workflow.userReference,', 'transactionResult: result.transactionResult,',
      'transactionDate: new Date(result.transactionDate),', '{ upsert: true },',
      "await notifyRentalDesk(result.workflow.userReference ?? 'unknown', result.transactionResult === 'PASSED');",
      // the schema and the pending list, as written and unmarked
      "  {\n    transactionReference: { type: String, required: true, unique: true },\n    userReference: { type: String, index: true },\n" +
        "    transactionResult: { type: String, enum: ['PENDING', 'PASSED', 'FAILED', 'INVALID', 'EXPIRED'], default: 'PENDING' },\n" +
        '    transactionDate: Date,\n    zoneId: String,\n  },',
      "export function pendingFaceLogins(zoneId: string) {\n  return FaceLogin.find({ zoneId, transactionResult: 'PENDING' })" +
        '.select({ transactionReference: 1, userReference: 1 }).lean();\n}'],
    not: ['FJORD_NV_SECRET', 'Basic ${', 'lon.netverify.com', 'result.userReference', 'transactionReference: string;', 'userReference?: string;'],
    manual: [SEAM, RESULT, DATE],
    noManual: [LEAVES, CATCH, CALLBACK],
  },
  // AN SQS-TRIGGERED LAMBDA READING A DYNAMODB ITEM FIRST AND UPDATING IT AFTER (SG `core-sgp.jumio.com`, ESM `.mjs`,
  // axios). Per record: `const { claimId, reference } = JSON.parse(record.body)`; `GetCommand({ Key: { pk:
  // `CLAIM#${claimId}`, sk: `FACELOGIN#${reference}` } })` and `if (!pending || pending.transactionResult !== 'PENDING')
  // continue;`; `const { data: details } = await axios.get(`${NV_AUTHENTICATIONS}/${encodeURIComponent(reference)}`, {
  // auth, headers, timeout: 5000 })`; a pending result is left for redelivery; then `UpdateCommand({ Key: { …, sk:
  // `FACELOGIN#${details.transactionReference}` }, UpdateExpression: 'SET transactionResult = :result, userReference =
  // :user, decidedAt = :decidedAt', ExpressionAttributeValues: { ':result': details.transactionResult, ':user':
  // details.userReference ?? null, ':decidedAt': details.transactionDate } })`. The call: the retrieval URL on apac-1
  // keeping the encoding ("a URL that percent-encodes it (`${encodeURIComponent(ref)}`) keeps the encoding, the store is
  // keyed by the raw `workflowExecution.id`"), the lookup inside the loop's `try` before the request, axios `auth` →
  // the Bearer header (Accept, User-Agent and the timeout stay); the base const fed only this call and goes (as rounds
  // 20, 21 and 45 judged a retrieval base const). The reads of `details` ("destructuring with renames") move:
  // `details.transactionReference` inside the sort-key template → `details.workflow.id`, `details.userReference` →
  // `details.workflow.userReference`; `transactionResult` (three reads) and `transactionDate` are flagged and stay.
  // PRECISION: `pending.transactionResult` is an attribute of the DynamoDB item read BEFORE the call — not a value that
  // flows from it ("reads are rewritten only on values that flow from a migrated call"): as written, no marker above
  // it (pinned with the line before); the `UpdateExpression` string names the table's attributes and stays. JUDGEMENT
  // CALL: that string is no "string key path that queries a stored response" (the details are never stored whole; the
  // attributes are the claims table's own): no such item. The queue message carries the app's own `claimId` /
  // `reference`, no callback field: no callback item. Nothing leaves whole.
  'ret-sqs-lambda-dynamodb-item-axios': {
    has: ['const { data: details } = await axios.get(' + RETRIEVAL('apac-1', 'encodeURIComponent(reference)') + ', {', WORKFLOW_LOOKUP('reference'),
      'Authorization: `' + BEARER('apac-1') + '`', "Accept: 'application/json'", "'User-Agent': 'LionCity-Claims/7.3'", 'timeout: 5000,',
      "      }));\n      if (!pending || pending.transactionResult !== 'PENDING') continue;",
      'Key: { pk: `CLAIM#${claimId}`, sk: `FACELOGIN#${reference}` },',
      "if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {",
      'Key: { pk: `CLAIM#${claimId}`, sk: `FACELOGIN#${details.workflow.id}` },',
      "UpdateExpression: 'SET transactionResult = :result, userReference = :user, decidedAt = :decidedAt',",
      "':result': details.transactionResult,", "':user': details.workflow.userReference ?? null,", "':decidedAt': details.transactionDate,",
      'return { batchItemFailures: failures };'],
    not: ['NV_AUTHENTICATIONS', 'auth: {', 'LCI_NV_SECRET', 'details.userReference', "'https://core-sgp.jumio.com"],
    manual: [SEAM, RESULT, DATE],
    noManual: [LEAVES, CATCH, CALLBACK, STORED_PATH],
  },
};

/** Legacy calls and handlers left working but flagged: the only change is the markers. */
export const FLAGGED: Record<string, RegExp[]> = {
  // AN EXPRESS URLENCODED RECEIVER BEHIND THE US CALLBACK IPS WRITING SNAKE-CASE COLUMNS WITH KNEX, BESIDE A GET ROUTE
  // PROJECTING THEM UNDER LEGACY NAMES (CommonJS `.cjs`). `router.post('/netverify/wire-step-up',
  // express.urlencoded(…), …)`: the IP Set of the US data centre (jumio-api-facts §3.1), `form.callBackType !==
  // 'NETVERIFY_AUTHENTICATION'`, then a Knex transaction `trx('wire_holds').where({ transaction_reference:
  // form.transactionReference, enrollment_transaction_reference: form.enrollmentTransactionReference }).update({
  // transaction_result: form.transactionResult, decided_at: form.transactionDate, face_image_url: form.idScanImageFace
  // || null, … })` and an insert into `wire_hold_events`. "It is Jumio's callback only when the handler compares against
  // `NETVERIFY_AUTHENTICATION`" (and the route names `netverify`); "nothing but one manual item" naming "for every legacy
  // field this handler reads, where it is now" — callBackType, transactionReference, enrollmentTransactionReference,
  // transactionResult, transactionDate, idScanImageFace; "A legacy callback-IP or hostname allowlist in the same file …
  // gets its own item". PRECISION: the handler reads no `scanSource`, `livenessImages`, `callbackDate` or `userReference`
  // (the snake-case column names are the payments team's): the item names none of them. The dashboard's GET route reads
  // only `req.params.holdId` and answers a row whose projection keys are `transactionReference` / `transactionResult`:
  // it reads nothing "from the request" of the callback ("that read the legacy form-encoded Authentication callback
  // **from the request**"), so it gets no callback item of its own — one callback item in the file.
  'cb-express-knex-wire-holds-allowlist': [CALLBACK, /legacy Jumio callback source allowlist/, /callBackType → workflowExecution\.definitionKey/,
    /transactionReference → workflowExecution\.id/, /enrollmentTransactionReference → gone/, /transactionResult → retrieval/,
    /transactionDate → retrieval createdAt/, /idScanImageFace → retrieval credentials\[SELFIE\]/,
    NOT_NAMED('scanSource', 'livenessImages', 'callbackDate', 'userReference'), ONE_CALLBACK],
  // A NESTJS CONTROLLER WITH A DRIZZLE TABLE IN THE SAME FILE (TypeScript). `pgTable('payout_change_face_logins', {
  // transactionReference, enrollmentTransactionReference, meterOwnerId, transactionResult, transactionDate, callbackDate
  // })` — `callbackDate` being the receipt time; `@Controller('webhooks/netverify')`, `@Post('face-login') receive(@Body()
  // form: FaceLoginCallbackForm)` where the interface lists callBackType, transactionReference, transactionResult and
  // transactionDate; `if (form.callBackType === 'NETVERIFY_AUTHENTICATION')` the row is updated with `.set({
  // transactionResult: form.transactionResult, transactionDate: new Date(form.transactionDate), callbackDate: new Date()
  // }).where(eq(payoutChangeFaceLogins.transactionReference, form.transactionReference))`. "NestJS controller methods
  // (`@Post() handle(@Body() dto: Dto)`: the request is the `@Body()`/`@Req()` parameter)", proven by the compared
  // callback type; "nothing but one manual item" naming the fields read. No IP or hostname list: no allowlist item.
  // JUDGEMENT CALL: the table declares `enrollmentTransactionReference` and `callbackDate`, and the update's `callbackDate`
  // KEY is set to `new Date()` — none of them is read from the form, and a table is not "the request's DTO
  // class/interface" whose declarations count: the item names neither field (MIGRATION.md: "for every legacy field this
  // handler reads"); naming them would send the reader after fields the handler never sees.
  'cb-nest-drizzle-table-same-file': [CALLBACK, /callBackType → workflowExecution\.definitionKey/, /transactionReference → workflowExecution\.id/,
    /transactionResult → retrieval/, /transactionDate → retrieval createdAt/, NO_ALLOWLIST, NOT_NAMED('enrollmentTransactionReference', 'callbackDate'),
    ONE_CALLBACK],
};

/** Byte-identical, no item: the three lookalikes. */
export const UNTOUCHED = [
  // auth-nest-typeorm-entity-same-file-axios once on KYX: the same service and entity — whose properties kept the names
  // `transactionReference` and `redirectUrl` (now holding `workflowExecution.id` and `web.href`) beside a new
  // `kyxAccountId` — its own client-credentials token (axios `auth` of the OAuth2 client to
  // `https://auth.emea-1.jumio.ai/oauth2/token`, cached) and `axios.put<KyxAuthenticationStarted>(`${KYX_EU_ACCOUNTS}/
  // ${draft.customer.kyxAccountId}`, { customerInternalReference, userReference, workflowDefinition: { key: 9, … }, web:
  // { … }, tokenLifetime: '15m' })`, the row `create({ kyxAccountId: data.account.id, transactionReference:
  // data.workflowExecution.id, redirectUrl: data.web.href })`. "Never touched: … code already on KYX
  // (`account.<region>.jumio.ai`)"; "Field names alone never trigger a rewrite".
  'neg-kyx-nest-typeorm-entity-same-file-axios',
  // auth-express-redis-reference-keys-superagent's shape for a payment gateway's hosted checkout: the same router,
  // superagent chain with `.auth()` and `.send({ merchantReference, amount, currency, userReference, successUrl,
  // errorUrl, locale, tokenLifetimeInMinutes: 20 })` to `https://gateway.orchidpay.example/api/v2/checkout/initiate`,
  // the answer's `transactionReference` / `redirectUrl` / `timestamp` kept in the same Redis keys and hash. "Field names
  // alone never trigger a rewrite"; a host the codemod reads that is not a legacy host, and no
  // `enrollmentTransactionReference` / `customerInternalReference` in the body; "`transactionReference`: payment and
  // banking code everywhere" (spec §2.10).
  'neg-psp-express-redis-reference-keys-superagent',
  // cb-express-knex-wire-holds-allowlist's shape for a card acquirer's POS settlement (spec §2.10: "a POS-terminal
  // webhook whose fields are written into SQL"): the same Express urlencoded route behind the acquirer's IP Set, a
  // `notificationType` check, the Knex transaction writing `transaction_reference` / `transaction_result` columns from
  // `transactionReference`, `transactionResult`, `transactionDate`, `terminalId`, `receiptUrl`, and the same GET
  // projection. "A payment webhook reading `transactionReference`/`transactionResult`/`transactionDate` … [is] not": no
  // Jumio-only spelling, no callback type, no Jumio name in the routes, the strings or the file's name.
  'neg-acquirer-express-knex-pos-settlement',
];

/** Judged gaps, not reached yet (asserted as failing in the test): the ideal output holds `gap`. */
export const KNOWN_GAPS: Record<string, { has: string[]; manual: RegExp[]; gap: string }> = {};
