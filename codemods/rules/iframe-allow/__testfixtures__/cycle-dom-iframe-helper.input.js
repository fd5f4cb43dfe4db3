// Cycle.js component: the identity step's frame through @cycle/dom's tag helper and h().
import fromEvent from 'xstream/extra/fromEvent';
import { div, h, iframe } from '@cycle/dom';

export function KycStep(sources) {
  const done$ = fromEvent(window, 'message')
    .filter((event) => event.origin.endsWith('.netverify.com'))
    .map((event) => JSON.parse(event.data))
    .filter((data) => data.payload.value === 'success')
    .map((data) => data.transactionReference);
  const vdom$ = sources.props.map(({ url, help }) => div('.kyc', [
    iframe('.kyc__frame', { attrs: { src: url, allow: 'camera;fullscreen' } }),
    h('iframe.help', { attrs: { src: help, allow: 'autoplay' } }),
  ]));
  return { DOM: vdom$, done: done$ };
}
