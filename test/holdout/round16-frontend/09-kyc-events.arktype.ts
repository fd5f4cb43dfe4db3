// The identity frame's events validated with ArkType before use.
import { type } from 'arktype';

const FrameEvent = type({
  transactionReference: 'string',
  eventType: 'number',
  dateTime: 'string',
  payload: { value: "'loaded' | 'success' | 'error'", 'metainfo?': { code: 'number' } },
});

export type IdentityResult = { ok: boolean; reference: string; code?: number };

export function listenForIdentityResult(onResult: (result: IdentityResult) => void): () => void {
  const onMessage = (event: MessageEvent<string>) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const out = FrameEvent(JSON.parse(event.data));
    if (out instanceof type.errors) {
      console.warn('unexpected frame message', out.summary);
      return;
    }
    if (out.payload.value === 'loaded') return;
    onResult({ ok: out.payload.value === 'success', reference: out.transactionReference, code: out.payload.metainfo?.code });
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
