import { atom } from 'jotai';

// Sumsub WebSDK (iframe) applicant status, as a jotai atom.
export const applicantStatusAtom = atom<string | null>(null);

applicantStatusAtom.onMount = (set) => {
  const handler = (e: MessageEvent) => {
    if (e.origin !== 'https://api.sumsub.com') return;
    const data = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
    if (data.method === 'idCheck.onApplicantStatusChanged') {
      set(data.payload.reviewStatus);
    }
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
};
