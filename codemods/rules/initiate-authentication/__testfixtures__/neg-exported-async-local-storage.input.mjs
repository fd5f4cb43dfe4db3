// The AsyncLocalStorage is exported: other modules may write the same slot of its store, so its reads are not followed
// — only the "leaves whole" item at the store.
import { AsyncLocalStorage } from 'node:async_hooks';

export const requestState = new AsyncLocalStorage();

export async function startFaceLogin(enrollment, next) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: `Basic ${process.env.NV_BASIC}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment }),
  });
  requestState.getStore().started = await res.json();
  next();
}

export function answerUrl() {
  return requestState.getStore()?.started?.redirectUrl;
}
