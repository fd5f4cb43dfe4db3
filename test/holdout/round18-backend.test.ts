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
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round18-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round18-backend'),
  minInputs: 17,
  tmpPrefix: 'nvm-holdout18-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
