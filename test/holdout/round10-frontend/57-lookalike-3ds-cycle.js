// Cycle.js checkout: the 3-D Secure challenge frame's outcome as a stream (xstream).
import fromEvent from 'xstream/extra/fromEvent';
import { iframe } from '@cycle/dom';

export function ThreeDSChallenge(sources) {
  const outcome$ = fromEvent(window, 'message')
    .filter((event) => event.origin === 'https://acs.cardissuer.example')
    .map((event) => JSON.parse(event.data))
    .filter((data) => data.payload.value === 'success')
    .map((data) => ({ url: '/api/checkout/authorised', method: 'POST', send: { reference: data.transactionReference } }));

  const vdom$ = sources.props.map(({ acsUrl }) => iframe('.acs', { attrs: { src: acsUrl, allow: 'payment' } }));
  return { DOM: vdom$, HTTP: outcome$ };
}
