// Types of the hosted card form (PayFrame checkout, embedded in an iframe on the basket page). Kept apart from the
// components so the checkout and the order history share one description of the frame's messages; nothing here
// touches the DOM.

/** The steps the card form reports in `payload.value`. */
export const CheckoutStatus = {
  Loaded: 'loaded',
  Success: 'success',
  Error: 'error',
} as const;

export type CheckoutStatus = (typeof CheckoutStatus)[keyof typeof CheckoutStatus];

/** One message posted by the card form (a JSON string on the wire). */
export interface CheckoutMessage {
  transactionReference: string;
  orderId: string;
  amount: number;
  currency: string;
  payload: {
    value: CheckoutStatus;
    metainfo?: { code: number };
  };
}

const STATUSES: readonly string[] = Object.values(CheckoutStatus);

/** Narrows whatever `JSON.parse` returned to a card-form message before anyone reads it. */
export function isCheckoutMessage(x: unknown): x is CheckoutMessage {
  return (
    typeof x === 'object' &&
    x !== null &&
    'transactionReference' in x &&
    typeof x.transactionReference === 'string' &&
    'payload' in x &&
    typeof x.payload === 'object' &&
    x.payload !== null &&
    'value' in x.payload &&
    typeof x.payload.value === 'string' &&
    STATUSES.includes(x.payload.value)
  );
}

/** Decline codes the card form reports in payload.metainfo.code; the order history shows their names. */
export enum CheckoutDeclineCode {
  DoNotHonour = 5,
  InsufficientFunds = 51,
  ExpiredCard = 54,
  SuspectedFraud = 59,
  ExceedsLimit = 61,
  AuthenticationFailed = 9836,
}
