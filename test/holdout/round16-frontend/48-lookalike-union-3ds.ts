// A bank's 3-D Secure ACS frame: its events as a discriminated union.
type AcsEvent =
  | { type: 'challenge'; transactionReference: string; payload: { value: 'loaded' } }
  | { type: 'challenge'; transactionReference: string; payload: { value: 'success' } }
  | { type: 'challenge'; transactionReference: string; payload: { value: 'error'; reason: string } };

export type ChallengeOutcome = { authorised: boolean; reference: string };

function toOutcome(event: AcsEvent): ChallengeOutcome | null {
  switch (event.payload.value) {
    case 'loaded':
      return null;
    case 'success':
      return { authorised: true, reference: event.transactionReference };
    case 'error':
      return { authorised: false, reference: event.transactionReference };
  }
}

export function watchAcsFrame(onOutcome: (o: ChallengeOutcome) => void): AbortController {
  const ctrl = new AbortController();
  window.addEventListener(
    'message',
    (e: MessageEvent<string>) => {
      if (e.origin !== 'https://acs.securebank.example') return;
      const outcome = toOutcome(JSON.parse(e.data) as AcsEvent);
      if (outcome) onOutcome(outcome);
    },
    { signal: ctrl.signal },
  );
  return ctrl;
}
