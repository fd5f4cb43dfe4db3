// faceCheck — Lumen Health's prescription renewal. A readable store that listens to the Jumio web client while at
// least one component is subscribed and holds the last event the client posted. Most components read one of the
// derived stores below rather than the event itself.
import { derived, readable } from 'svelte/store';

/** Our white-label web client ("lumen" in the Customer Portal). */
const WEB_CLIENT_ORIGIN = /^https:\/\/lumen\.netverify\.com$/;

export interface FaceCheckMessage {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: {
    value: 'loaded' | 'success' | 'error';
    metainfo?: { code: number };
  };
}

export const faceCheck = readable<FaceCheckMessage | null>(null, (set) => {
  function onMessage(event: MessageEvent) {
    if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
    let message: FaceCheckMessage;
    try {
      message = JSON.parse(event.data);
    } catch {
      return; // another script's message
    }
    set(message);
  }

  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

/** The reference the pharmacy team asks for on the phone. */
export const faceCheckReference = derived(faceCheck, ($message) => $message?.transactionReference ?? null);

/** Drives the progress dots in the renewal header. */
export const faceCheckPhase = derived(faceCheck, ($message) => $message?.payload.value ?? 'waiting');
