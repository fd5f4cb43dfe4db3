// Rule initiate-authentication: legacy Authentication initiate (POST …/api/authentication/v1/web/initiate,
// …/api/auth/v1/initiate, or a v4 initiate carrying enrollmentTransactionReference) → KYX account update
// (PUT account.<region>.jumio.ai/api/v1/accounts/{accountId}, workflow 9) with an OAuth2 bearer token.
// The machinery is shared with initiate-enrollment in codemods/analysis/.
import type { Rule } from '../../engine/types.js';
import { runInitiateRule } from '../../analysis/initiate-rule.js';
import { ENROLLMENT_REFERENCE_FIELD } from '../../../api/index.js';

export const initiateAuthenticationRule: Rule = {
  id: 'initiate-authentication',
  title: 'Legacy Authentication initiate → KYX account PUT (workflow 9), OAuth2 bearer, response reads',
  // The body literal or the endpoint is in the file (URLs may also come from other modules).
  prefilter: [ENROLLMENT_REFERENCE_FIELD, 'initAuthentication', 'netverify', 'core-sgp.jumio', 'authentication/v1', 'auth/v1'],
  kinds: ['script', 'html', 'vue', 'svelte', 'astro'],
  run(file, ctx) {
    return runInitiateRule('initiate-authentication', 'authentication', file, ctx);
  },
};
