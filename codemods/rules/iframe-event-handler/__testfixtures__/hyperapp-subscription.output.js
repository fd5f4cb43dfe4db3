// Hyperapp 2: the window's message events reach an action through a subscription — the subscriber dispatches
// (dispatch(action, event)), the factory lists [subscriber, action], subscriptions call it with the action. The action
// `(state, event) => …` is the handler, its second parameter the event (hold-out round 18 front end, 01).
import { app, h, text } from 'hyperapp';

const onMessage = (dispatch, action) => {
  const listener = (event) => dispatch(action, event);
  addEventListener('message', listener);
  return () => removeEventListener('message', listener);
};
const Messages = (action) => [onMessage, action];

const GotMessage = (state, event) => {
  if (!event.origin.endsWith('.jumio.ai')) return state;
  const data = JSON.parse(event.data);
  return data.payload.value === 'success' ? { ...state, reference: data.workflowExecutionId } : state;
};

app({
  init: { reference: null },
  view: (state) => h('p', {}, text(state.reference ?? 'Waiting…')),
  subscriptions: () => [Messages(GotMessage)],
  node: document.getElementById('app'),
});
