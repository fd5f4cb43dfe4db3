// The identity check's events are recorded by a worker (comlink) so the main thread stays free.
import { wrap } from 'comlink';
import type { KycRecorder } from './kyc-recorder.worker';

const recorder = wrap<KycRecorder>(new Worker(new URL('./kyc-recorder.worker.ts', import.meta.url), { type: 'module' }));

window.addEventListener('message', async (event: MessageEvent) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  await recorder.record(event.data);
});
