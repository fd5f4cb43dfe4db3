// The file's own tryCatch(fn) answers { ok: true, value } or { ok: false, error }: the answer is `value`.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

type Result<T> = { ok: true; value: T } | { ok: false; error: Error };

async function tryCatch<T>(fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

interface Started {
  timestamp: string;
  web: { href: string };
  workflowExecution: { id: string };
}

export async function startStepUp(enrollmentRef: string, userId: string): Promise<string | null> {
  const outcome = await tryCatch(async () => {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(enrollmentRef);
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await kyxAccessToken('amer-1')}` },
      body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] }, userReference: userId }),
    });
    return (await res.json()) as Started;
  });
  if (!outcome.ok) return null;
  const { value } = outcome;
  console.info('started', outcome.value.workflowExecution.id);
  return value.web.href;
}
