// The answer is kept in the store of an AsyncLocalStorage the file declares (not exported: no other module writes
// it); the route reads it back from getStore(), destructured or through a local: those reads move.
import { AsyncLocalStorage } from 'node:async_hooks';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth';

interface Started {
  web: { href: string };
  workflowExecution: { id: string };
}

const requestState = new AsyncLocalStorage<{ started?: Started }>();

export function withState(_req: unknown, _res: unknown, next: () => void) {
  requestState.run({}, next);
}

export async function startFaceLogin(req: { body: { enrollment: string } }, _res: unknown, next: () => void) {
  const store = requestState.getStore()!;
  // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.ts (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  const kyxAccount = await resolveKyxAccount(req.body.enrollment);
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: req.body.enrollment, workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] } }),
  });
  // TODO(netverify-migrate): initiate-authentication: the legacy initiate response leaves here whole: code that reads redirectUrl / transactionReference from it (callers, the front end, stored copies and string key paths) must read web.href / workflowExecution.id
  store.started = (await res.json()) as Started;
  next();
}

export function answer(_req: unknown, res: { json(v: unknown): void }) {
  const { started } = requestState.getStore()!;
  const again = requestState.getStore();
  res.json({ url: started!.web.href, ref: again?.started?.workflowExecution?.id });
}
