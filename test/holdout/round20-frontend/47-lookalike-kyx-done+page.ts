// src/routes/identity/done/+page.ts — the KYX web client's web.successUrl / web.errorUrl (already migrated).
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => {
  const status = url.searchParams.get('acquisitionStatus');
  const workflowExecutionId = url.searchParams.get('workflowExecutionId');
  const accountId = url.searchParams.get('accountId');
  const errorCode = url.searchParams.get('errorCode');
  return {
    verified: status === 'SUCCESS',
    workflowExecutionId,
    accountId,
    errorCode,
    // KYX 9836: the face did not match the enrolled one.
    authenticationFailed: errorCode === '9836',
  };
};
