import type { FrameEvent } from './06-frame-events';

export function listenForIdentity(onDone: (ref: string) => void) {
  window.addEventListener('message', (e: MessageEvent<string>) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const evt = JSON.parse(e.data) as FrameEvent;
    if ('payload' in evt && evt.payload.value === 'success') onDone(evt.transactionReference);
  });
}
