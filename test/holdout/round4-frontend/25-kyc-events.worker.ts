/// <reference lib="webworker" />
// Worker: receives the raw Netverify events forwarded by the main thread.
import { openDB } from 'idb';

const db = openDB('kyc', 1, { upgrade: (d) => d.createObjectStore('events', { autoIncrement: true }) });

self.addEventListener('message', async (e: MessageEvent<{ kind: string; raw: string }>) => {
  if (e.data.kind !== 'netverify') return;
  const evt = JSON.parse(e.data.raw);
  await (await db).add('events', { ref: evt.transactionReference, value: evt.payload.value, at: evt.dateTime });
  self.postMessage({ done: evt.payload.value === 'success', reference: evt.transactionReference });
});
