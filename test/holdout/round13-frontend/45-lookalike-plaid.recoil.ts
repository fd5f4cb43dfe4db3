// Recoil atom fed by Plaid Link's postMessage events (bank account linking).
import { atom } from 'recoil';

type LinkResult = { publicToken: string; institution: string } | null;

export const plaidLinkState = atom<LinkResult>({
  key: 'plaidLink',
  default: null,
  effects: [
    ({ setSelf }) => {
      const onMessage = (e: MessageEvent) => {
        if (e.origin !== 'https://cdn.plaid.com') return;
        const data = JSON.parse(e.data) as { action: string; metadata: { public_token: string; institution: { name: string } } };
        if (data.action === 'plaid_link-undefined::connected') {
          setSelf({ publicToken: data.metadata.public_token, institution: data.metadata.institution.name });
        }
      };
      window.addEventListener('message', onMessage);
      return () => window.removeEventListener('message', onMessage);
    },
  ],
});
