import { createMachine } from 'xstate';

// Bank linking through Plaid Link in an iframe (hosted Link, postMessage transport).
export const bankLinkMachine = createMachine({
  id: 'bankLink',
  initial: 'linking',
  states: {
    linking: {
      invoke: {
        src: () => (send) => {
          const listener = (event: MessageEvent) => {
            if (event.origin !== 'https://cdn.plaid.com') return;
            const data = JSON.parse(event.data);
            if (data.action === 'plaid_link-undefined::connected') {
              send({ type: 'LINKED', publicToken: data.metadata.public_token, reference: data.metadata.link_session_id });
            }
            if (data.action === 'plaid_link-undefined::exit') send({ type: 'EXIT' });
          };
          window.addEventListener('message', listener);
          return () => window.removeEventListener('message', listener);
        },
      },
      on: { LINKED: 'linked', EXIT: 'idle' },
    },
    linked: { type: 'final' },
    idle: {},
  },
});
