// Cycle.js checkout: the card issuer's 3-D Secure challenge outcome (xstream).
import fromEvent from 'xstream/extra/fromEvent';

export function challengeOutcome() {
  return fromEvent(window, 'message')
    .filter((event) => event.origin === 'https://acs.cardissuer.example')
    .map((event) => JSON.parse(event.data))
    .filter((data) => data.payload.value === 'success')
    .map((data) => ({ url: '/api/checkout/authorised', method: 'POST', send: { reference: data.transactionReference } }));
}
