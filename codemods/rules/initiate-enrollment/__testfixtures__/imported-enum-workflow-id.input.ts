// The workflowId is a member of a const enum imported from another module of the repo: it maps to its KYX key
// (201 → 3) like a literal, with no "no known key" item.
import { LegacyWorkflow } from './legacy-workflows';

export async function startOnboarding(applicantId: string) {
  const res = await fetch('https://lon.netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.NV_BASIC}` },
    body: JSON.stringify({ customerInternalReference: applicantId, userReference: applicantId, workflowId: LegacyWorkflow.IdAndIdentityCameraOnly }),
  });
  const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return started.redirectUrl;
}
