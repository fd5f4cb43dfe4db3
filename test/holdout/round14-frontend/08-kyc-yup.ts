// Identity-check iFrame events (Netverify), validated with yup before use.
import { number, object, string } from 'yup';

const FrameEventSchema = object({
  transactionReference: string().required(),
  eventType: number().required(),
  payload: object({
    value: string().oneOf(['loaded', 'success', 'error']).required(),
    metainfo: object({ code: number() }).optional(),
  }),
});

export function listenForKyc(onDone: (ref: string) => void, onError: (code?: number) => void): () => void {
  const handler = (e: MessageEvent) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = FrameEventSchema.validateSync(JSON.parse(e.data));
    if (data.payload.value === 'success') onDone(data.transactionReference);
    else if (data.payload.value === 'error') onError(data.payload.metainfo?.code);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
