// Hold-out round 18 for the backend rules (test/holdout/round18-backend/): the five backend rules on 17 customer-style
// files written WITHOUT reading the rules, in styles and code shapes rounds 1–17 lack (a Cloudflare Workflows
// WorkflowEntrypoint journaling the initiate in step.do(), a Convex 'use node' action with axios, an Azure Functions v4
// app.http() handler with ofetch, a Supabase Edge Function picking the data centre from a host table by a function
// secret, url-join in a Cloud Run Express router with superagent; enrolments with a workflowId from a TypeScript enum
// and a lifetime const computed from a const, a body spreading a module const of legacy defaults, got with
// resolveBodyOnly in a Koa router; retrievals polled inside Hono's streamSSE() and validated with a valibot schema in
// Fastify 5; callbacks on a Bun.serve routes table, through @hono/valibot-validator's vValidator('form') and in a Convex
// httpAction registered by http.route()), plus 4 lookalikes (a FaceTec 3D-3D match keeping the old column and reply
// names, a Squad checkout in a Convex action, KYX already in a Cloudflare Workflow, a card acquirer's notification on a
// Bun routes table). Every file runs through the backend rules in-process, in registry order (as the CLI runs them).
// Checked as in round 2 (test/support/backend-holdout-suite.ts).
// First run (at 1ce2c92, the corpus and judgements committed before it; the same figures on a clean worktree of that
// commit and through the CLI's dry run on a git copy of the corpus; 36 tests, 31 passed, 5 failed): 12 of 17 files
// passed as judged (every file parsed, was idempotent and marked each item, the TypeScript outputs added no type
// error, the 4 lookalikes stayed byte-identical). Every diff read by hand; no judgement corrected on form. One file
// the suite passed is a defect too (the enum workflowId below), so 11 of 17 agree on substance. The six
// disagreements are codemod defects, left as known gaps (today's output asserted, the judged one it.fails; the
// judgements kept verbatim beside them):
// - a Cloudflare Workflows step.do(): the value the step resolves with is not followed (the reads of the initiate's
//   response after the step stay legacy, "leaves here whole" item), and no Workers runtime (nodejs_compat) item;
// - got with resolveBodyOnly: true in the call's own options: the request is migrated, the reads of the resolved body
//   (started.redirectUrl / started.transactionReference) stay legacy with no item — silently broken;
// - a body spreading a module const of legacy defaults (workflowId 100, web fields, a lifetime): the const is left
//   legacy and the literal gets workflowDefinition { key: 3 } — the wrong workflow (100 → 2) — behind an item that
//   names neither workflowId nor the key written;
// - a workflowId from a TypeScript enum member of the file is not read ("no known KYX key … key 3 was written: check
//   it"; right here only because 3 is the default);
// - a retrieval parsed by a valibot schema of the file is flagged as the details leaving whole: the schema keeps the
//   legacy keys (v.parse throws on every KYX response) and the reads stay;
// - a Bun.serve routes table's key '/webhooks/jumio/…' does not name Jumio for callback-handler: a legacy callback
//   handler reading transactionResult left silent.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round18-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round18-backend'),
  minInputs: 17,
  tmpPrefix: 'nvm-holdout18-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
