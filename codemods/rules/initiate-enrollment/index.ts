// Rule initiate-enrollment: legacy v4 initiate without enrollmentTransactionReference (an ID verification
// enrolment) → KYX account create (POST account.<region>.jumio.ai/api/v1/accounts) with workflowDefinition
// (workflowId 100–102 → key 2, 200–202 → key 3; presets → credentials). Shares codemods/analysis/ with
// initiate-authentication.
import type { Rule } from '../../engine/types.js';
import { runInitiateRule } from '../../analysis/initiate-rule.js';
import { LEGACY } from '../../../api/index.js';

export const initiateEnrollmentRule: Rule = {
  id: 'initiate-enrollment',
  title: 'Legacy v4 initiate (enrolment) → KYX account POST with workflowDefinition, OAuth2 bearer, response reads',
  prefilter: ['initiate', 'Initiate', 'INITIATE', LEGACY.customerInternalReference, LEGACY.userReference, LEGACY.workflowId, 'getNetVerifyLink'],
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run(file, ctx) {
    return runInitiateRule('initiate-enrollment', 'enrollment', file, ctx);
  },
};
