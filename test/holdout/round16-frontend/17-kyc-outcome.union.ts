// The frame's events as a discriminated union on payload.value, mapped to the app's outcome type.
type FrameEvent =
  | { eventType: 510; transactionReference: string; dateTime: string; payload: { value: 'loaded' } }
  | { eventType: 510; transactionReference: string; dateTime: string; payload: { value: 'success' } }
  | { eventType: 510; transactionReference: string; dateTime: string; payload: { value: 'error'; metainfo: { code: number } } };

export type Outcome =
  | { kind: 'pending' }
  | { kind: 'verified'; reference: string }
  | { kind: 'failed'; reference: string; code: number };

function toOutcome(event: FrameEvent): Outcome {
  switch (event.payload.value) {
    case 'loaded':
      return { kind: 'pending' };
    case 'success':
      return { kind: 'verified', reference: event.transactionReference };
    case 'error':
      return { kind: 'failed', reference: event.transactionReference, code: event.payload.metainfo.code };
  }
}

export function watchIdentityFrame(onOutcome: (outcome: Outcome) => void): AbortController {
  const ctrl = new AbortController();
  window.addEventListener(
    'message',
    (e: MessageEvent<string>) => {
      if (!e.origin.endsWith('.netverify.com')) return;
      onOutcome(toOutcome(JSON.parse(e.data) as FrameEvent));
    },
    { signal: ctrl.signal },
  );
  return ctrl;
}
