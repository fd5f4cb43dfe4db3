// Hold-out round 34 for the backend rules (test/holdout/round34-backend/): the five backend rules on 11 customer-style
// files written WITHOUT reading the rules. Where round 33 weighed older callback-style Node code, round 34 weighs
// SERVERLESS, EDGE AND QUEUE-DRIVEN backends, in shapes earlier rounds lack. Authentications: an Azure Functions v4
// `app.http('faceLoginBegin', { extraOutputs: [cosmosDB output], handler: async (request, context) => … })` whose inline
// handler calls `axios.post<T>(CONST, body, { auth, headers })` on the EU host inside a try and hands fields of the answer
// to `context.extraOutputs.set` (TypeScript); and a BullMQ sandboxed processor module (`module.exports = async function
// (job)`, CommonJS) calling axios on the US host with `auth` from module consts, `job.log` / `job.updateProgress`, and
// returning an object of the app's own names (one of them `redirectUrl`) as job.returnvalue. Enrolments: a Cloud
// Functions `functions.http('beginIdentityCheck', async (req, res) => …)` behind a Firebase ID-token check, axios's config
// form `axios({ method: 'post', url, auth, headers, data })` on the SG v4 literal (workflowId 201, a passport preset, a
// callbackUrl, a locale ternary), the answer kept in a variable and written to Firestore; and a Next.js API route on the
// Vercel Edge runtime (`export const config = { runtime: 'edge' }`, TypeScript) with the global fetch on a base const,
// an inline `btoa` Basic header, workflowId 100, `tokenLifetimeInMinutes: 60 * 24 * 7`, an inline `as { … }` cast and
// Vercel KV. Retrievals: a Deno Deploy `Deno.serve` service routing with URLPattern, whose helper fetches the SG details
// with a `btoa` header of `Deno.env.get` consts into an interface; an SQS-triggered Lambda retrieving every record in
// parallel inside `Promise.allSettled(records.map(async (record) => …))` with node-fetch on the US host (partial batch
// responses, transactionResult and transactionDate read); and a kafkajs `eachMessage` calling undici's `request()` on
// the EU host with a percent-encoded reference, publishing the decision to the next topic. Callback: an ESM Lambda behind
// an API Gateway REST API decoding the base64 form, parsing it with `parse` imported from 'node:querystring', checking
// `requestContext.identity.sourceIp` against the SG callback IPs, reading every legacy field into a DynamoDB item. Plus
// 3 lookalikes in the same shapes: the Azure function already on KYX (with its own client-credentials token), the kafkajs
// consumer for a card acquirer's 3-D Secure authentications (`/api/v2/authentications/…` on its own host), and the REST
// API Lambda for a bank's instant-payment notification. Every file runs through the backend rules in-process, in
// registry order (as the CLI runs them). Checked as in round 2 (test/support/backend-holdout-suite.ts). The corpus and
// its judgements (round34-backend-judgements.ts) were written before the first run of the codemod on them; no file needs
// a real repository run (no repo-only/).
// First run (at 9085184, the corpus and judgements committed before it): 24 tests, 24 passed; every diff read by
// hand. No defect, no judgement corrected, no known gap. (Deno's file gets the helper import without an extension and
// the documented runtime item telling to import it by its exact file name.)
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round34-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round34-backend'),
  minInputs: 11,
  tmpPrefix: 'nvm-holdout34-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
