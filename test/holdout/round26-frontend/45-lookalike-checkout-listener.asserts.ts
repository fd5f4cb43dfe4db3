// Listens for the checkout widget's events; the parsed message is checked by an assertion function.
interface CheckoutEvent {
  transactionReference: string;
  status: 'paid' | 'failed';
  amount: number;
}

function assertCheckoutEvent(x: unknown): asserts x is CheckoutEvent {
  if (typeof x !== 'object' || x === null || !('transactionReference' in x) || !('status' in x)) {
    throw new TypeError('not a checkout event');
  }
}

export function listenForCheckout(onPaid: (reference: string, amount: number) => void): () => void {
  const handler = (event: MessageEvent<string>): void => {
    if (!event.origin.includes('pay.shopwidget.example')) return;
    const parsed: unknown = JSON.parse(event.data);
    assertCheckoutEvent(parsed);
    if (parsed.status === 'paid') onPaid(parsed.transactionReference, parsed.amount);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
