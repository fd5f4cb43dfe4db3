// The body read on a failed response is the vendor's error answer, not the value: not followed (no stand-in item for
// its `.catch(() => ({}))`, no "leaves whole" where it is handed to the error). The answer itself is.
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Started { web: { href: string }; workflowExecution: { id: string } }

export class VendorError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`vendor answered ${status}`);
  }
}

async function startFaceLogin(enrollment: string): Promise<Started> {
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    throw new VendorError(res.status, body);
  }
  return (await res.json()) as Started;
}

export async function link(enrollment: string): Promise<string> {
  return (await startFaceLogin(enrollment)).web.href;
}
