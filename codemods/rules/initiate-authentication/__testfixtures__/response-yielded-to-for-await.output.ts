// An async generator (not exported) yields each answer to the file's own `for await`: the loop's reads move, and
// the bottleneck job given its options first settles with what its function returns.
import Bottleneck from 'bottleneck';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Started { web: { href: string }; workflowExecution: { id: string } }

const limiter = new Bottleneck({ maxConcurrent: 2 });

async function* startAll(enrollments: string[]): AsyncGenerator<Started> {
  for (const enrollment of enrollments) {
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const started = await limiter.schedule({ id: enrollment }, async () => {
      const kyxAccount = await resolveKyxAccount(enrollment);
      return fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customerInternalReference: enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
    }).then((res) => res.json() as Promise<Started>);
    });
    yield started;
  }
}

export async function links(enrollments: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const started of startAll(enrollments)) out.push(`${started.workflowExecution.id} ${started.web.href}`);
  return out;
}
