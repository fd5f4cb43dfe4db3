// Checkout, Hyperapp 2: the card issuer's 3-D Secure challenge runs in an iframe and posts its result.
import { app, h, text } from 'hyperapp';

const ACS_ORIGIN = 'https://acs.cardissuer.example';

const onWindowMessage = (dispatch, action) => {
  const listener = (event) => dispatch(action, event);
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
};
const WindowMessages = (action) => [onWindowMessage, action];

const GotChallengeMessage = (state, event) => {
  if (event.origin !== ACS_ORIGIN) return state;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') return { ...state, paid: true, reference: data.transactionReference };
  if (data.payload.value === 'error') return { ...state, paid: false, reference: data.transactionReference };
  return state;
};

app({
  init: { paid: null, reference: null, challengeUrl: window.__CHALLENGE_URL__ },
  view: (state) =>
    h('main', { class: 'checkout' }, [
      state.paid === null
        ? h('iframe', { src: state.challengeUrl, class: 'threeds', title: '3-D Secure', allow: 'payment' })
        : h('p', {}, text(state.paid ? `Payment authorised (${state.reference})` : 'Payment declined')),
    ]),
  subscriptions: (state) => [state.paid === null && WindowMessages(GotChallengeMessage)],
  node: document.getElementById('checkout'),
});
