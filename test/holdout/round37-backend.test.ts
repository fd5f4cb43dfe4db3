// Hold-out round 37 for the backend rules (test/holdout/round37-backend/): the backend rules on 7 customer-style files
// written WITHOUT reading the rules. Round 37 weighs MULTI-TENANT SaaS backends, where the Jumio data centre and the
// credentials are chosen per tenant at run time. Initiate: an Express route of a white-label platform resolving the
// tenant from the Host header (a Prisma tenant row), the host `JUMIO_API[tenant.dataCentre]` from a const map of the
// file, the Basic pair destructured from `await tenantJumioSecret(tenant.id)` (AWS Secrets Manager, cached per tenant),
// `tokenLifetimeInMinutes` from the tenant row (TypeScript). Retrieval: a class resolving the tenant from the Host
// header through a tenant directory Map handed to its constructor, the host `NETVERIFY_HOSTS[tenant.dataCentre]`
// written at the call, the Basic value from a per-tenant promise cache over Secrets Manager (TypeScript); and a got
// poller whose base URL and API user come from a `Map<tenantId, JumioConfig>` filled at start-up from a pg table (ESM:
// a host the codemod cannot read, flagged). Enrolment: the same start-up Map (MongoDB tenants, tenant from the Host
// header) feeding a v4 initiate through `axios.post(`${jumio.apiBase}/api/v4/initiate`, …, { auth: jumio.auth })`
// (ESM, flagged). Callback: an Express urlencoded receiver on every tenant's hostname, pinned to
// NETVERIFY_AUTHENTICATION, resolving the tenant from the Host header and storing through a Node-style callback (ESM).
// Plus 2 lookalikes in the same shapes: the tenant-row route already on KYX (per-tenant OAuth2 client from Secrets
// Manager, region map of KYX regions), and the start-up Map poller for tenants on Onfido. Every file runs through the
// backend rules in-process, in registry order (as the CLI runs them). Checked as in round 2
// (test/support/backend-holdout-suite.ts). The corpus and its judgements (round37-backend-judgements.ts) were written
// before the first run of the codemod on them; no file needs a real repository run (no repo-only/).
// First run (at 985eb2e; the corpus was run once before it was committed, unchanged since): 16 tests, 16 passed; the
// migrated files' diffs skimmed by hand at the session's end. No defect, no known gap.
import { join, resolve } from 'node:path';
import { backendHoldoutSuite } from '../support/backend-holdout-suite.js';
import { FLAGGED, KNOWN_GAPS, MIGRATED, UNTOUCHED } from './round37-backend-judgements.js';

backendHoldoutSuite({
  dir: join(resolve(import.meta.dirname, '../..'), 'test/holdout/round37-backend'),
  minInputs: 7,
  tmpPrefix: 'nvm-holdout37-',
  MIGRATED, FLAGGED, UNTOUCHED, KNOWN_GAPS,
});
