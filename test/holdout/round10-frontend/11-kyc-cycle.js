// Cycle.js app: the identity step as a stream of the web client's events (xstream).
import xs from 'xstream';
import fromEvent from 'xstream/extra/fromEvent';
import { div, iframe } from '@cycle/dom';

export function KycStep(sources) {
  const kycEvent$ = fromEvent(window, 'message')
    .filter((event) => event.origin.endsWith('.netverify.com'))
    .map((event) => JSON.parse(event.data));

  const verified$ = kycEvent$
    .filter((data) => data.payload.value === 'success')
    .map((data) => ({ url: '/api/kyc/complete', method: 'POST', send: { reference: data.transactionReference } }));

  const vdom$ = sources.props.map(({ url }) =>
    div('.kyc', [iframe('.kyc__frame', { attrs: { src: url, allow: 'camera;fullscreen', allowfullscreen: true } })]),
  );

  return { DOM: vdom$, HTTP: xs.merge(verified$) };
}
