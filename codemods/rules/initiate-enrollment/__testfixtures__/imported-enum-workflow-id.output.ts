// The workflowId is a member of a const enum imported from another module of the repo: it maps to its KYX key
// (201 → 3) like a literal, with no "no known key" item.
import { kyxAccessToken } from './kyx-auth';

export async function startOnboarding(applicantId: string) {
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.ts); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const res = await fetch('https://account.emea-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
    body: JSON.stringify({ customerInternalReference: applicantId, userReference: applicantId, workflowDefinition: { key: 3 } }),
  });
  const started = (await res.json()) as { web: { href: string }; workflowExecution: { id: string } };
  return started.web.href;
}
