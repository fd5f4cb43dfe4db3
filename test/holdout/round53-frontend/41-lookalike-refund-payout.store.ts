// refundPayout — Lumen Health's refunds for cancelled prescriptions. Remitwise's hosted payout page runs in the
// refund dialog; this readable store listens to the page while a component is subscribed and holds the last status
// it posted. Components read the derived stores below.
import { derived, readable } from 'svelte/store';

/** Remitwise's hosted payout page. */
const PAYOUT_PAGE_ORIGIN = /^https:\/\/pay\.remitwise\.example$/;

export interface PayoutMessage {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  amount: number;
  currency: string;
  payload: {
    value: 'loaded' | 'pending' | 'paid' | 'failed';
    reason?: string;
  };
}

export const refundPayout = readable<PayoutMessage | null>(null, (set) => {
  function onMessage(event: MessageEvent) {
    if (!PAYOUT_PAGE_ORIGIN.test(event.origin)) return;
    let message: PayoutMessage;
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

/** Shown on the refund receipt. */
export const refundReference = derived(refundPayout, ($message) => $message?.transactionReference ?? null);

/** Drives the refund dialog's status line. */
export const refundPhase = derived(refundPayout, ($message) => $message?.payload.value ?? 'waiting');
