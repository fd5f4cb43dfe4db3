// Events posted by the Netverify web client (see "iFrame logging" in the Jumio docs).
export interface LegacyEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export type VerificationOutcome =
  | { kind: 'success'; reference: string }
  | { kind: 'error'; code?: number };

export function listenForVerification(onOutcome: (o: VerificationOutcome) => void): () => void {
  const handler = (event: MessageEvent<LegacyEvent>) => {
    if (!event.origin.endsWith('netverify.com')) return;
    const { data } = event;
    if (data.payload.value === 'success') {
      onOutcome({ kind: 'success', reference: data.transactionReference });
    } else if (data.payload.value === 'error') {
      onOutcome({ kind: 'error', code: data.payload.metainfo?.code });
    }
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
