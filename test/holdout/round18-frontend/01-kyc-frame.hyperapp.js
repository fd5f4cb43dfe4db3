// Identity check step, Hyperapp 2. The session endpoint returns the Netverify web client's redirectUrl as
// frameUrl; the client's postMessage events arrive through a window subscription.
import { app, h, text } from 'hyperapp';

const onWindowMessage = (dispatch, action) => {
  const listener = (event) => dispatch(action, event);
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
};
const WindowMessages = (action) => [onWindowMessage, action];

const requestSession = (dispatch, action) =>
  fetch('/api/kyc/session', { method: 'POST', credentials: 'same-origin' })
    .then((res) => res.json())
    .then((session) => dispatch(action, session.frameUrl));

const SessionStarted = (state, frameUrl) => ({ ...state, frameUrl, step: 'loading' });

const GotFrameMessage = (state, event) => {
  if (!event.origin.endsWith('.netverify.com')) return state;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (err) {
    return state;
  }
  switch (data.payload.value) {
    case 'loaded':
      return { ...state, step: 'capturing' };
    case 'success':
      return { ...state, step: 'done', reference: data.transactionReference };
    case 'error':
      return { ...state, step: 'failed', reference: data.transactionReference, errorCode: data.payload.metainfo && data.payload.metainfo.code };
    default:
      return state;
  }
};

const statusLine = (state) => {
  if (state.step === 'done') return `Thank you, your identity is confirmed (${state.reference}).`;
  if (state.step === 'failed') return `We could not confirm your identity (error ${state.errorCode}).`;
  return 'Follow the steps below.';
};

app({
  init: [{ step: 'starting', frameUrl: null, reference: null, errorCode: null }, [requestSession, SessionStarted]],
  view: (state) =>
    h('main', { class: 'kyc' }, [
      h('p', { class: 'kyc-status' }, text(statusLine(state))),
      state.frameUrl && state.step !== 'done'
        ? h('iframe', { src: state.frameUrl, class: 'kyc-frame', title: 'Identity check', allow: 'camera;fullscreen', width: 640, height: 660 })
        : null,
    ]),
  subscriptions: (state) => [state.frameUrl && state.step !== 'done' && WindowMessages(GotFrameMessage)],
  node: document.getElementById('kyc-app'),
});
