// Hyperapp: h('iframe', props) on a page whose subscription handles the web client's events (a bare
// addEventListener: the window's).
import { app, h, text } from 'hyperapp';

const NetverifySub = (dispatch, { onDone }) => {
  const handler = (event) => {
    if (!event.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') dispatch(onDone, data.transactionReference);
  };
  addEventListener('message', handler);
  return () => removeEventListener('message', handler);
};

const Done = (state, ref) => ({ ...state, ref });

app({
  init: { url: window.KYC_URL, ref: null },
  view: (state) => h('main', {}, [h('iframe', { src: state.url, allow: 'camera; fullscreen' }), h('p', {}, text(state.ref || ''))]),
  subscriptions: () => [[NetverifySub, { onDone: Done }]],
  node: document.getElementById('app'),
});
