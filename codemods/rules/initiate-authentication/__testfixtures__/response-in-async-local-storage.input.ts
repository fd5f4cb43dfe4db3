// The answer is kept in the store of an AsyncLocalStorage the file declares (not exported: no other module writes
// it); the route reads it back from getStore(), destructured or through a local: those reads move.
import { AsyncLocalStorage } from 'node:async_hooks';

interface Started {
  redirectUrl: string;
  transactionReference: string;
}

const requestState = new AsyncLocalStorage<{ started?: Started }>();

export function withState(_req: unknown, _res: unknown, next: () => void) {
  requestState.run({}, next);
}

export async function startFaceLogin(req: { body: { enrollment: string } }, _res: unknown, next: () => void) {
  const store = requestState.getStore()!;
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: req.body.enrollment }),
  });
  store.started = (await res.json()) as Started;
  next();
}

export function answer(_req: unknown, res: { json(v: unknown): void }) {
  const { started } = requestState.getStore()!;
  const again = requestState.getStore();
  res.json({ url: started!.redirectUrl, ref: again?.started?.transactionReference });
}
