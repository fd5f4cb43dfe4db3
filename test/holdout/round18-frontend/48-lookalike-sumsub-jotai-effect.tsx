import { atom, useAtomValue } from 'jotai';
import { atomEffect } from 'jotai-effect';

const applicantStatusAtom = atom<string>('init');

const SUMSUB_HOST = /\.sumsub\.com$/;

// Sumsub's WebSDK frame posts its applicant status while the verification panel is mounted.
const sumsubMessagesEffect = atomEffect((_get, set) => {
  const onMessage = (e: MessageEvent) => {
    if (!SUMSUB_HOST.test(new URL(e.origin).hostname)) return;
    const data = JSON.parse(e.data);
    if (data.payload?.value) set(applicantStatusAtom, data.payload.value);
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

export function SumsubPanel({ url }: { url: string }) {
  useAtomValue(sumsubMessagesEffect);
  const status = useAtomValue(applicantStatusAtom);
  return (
    <section>
      <iframe src={url} title="Sumsub verification" allow="camera; microphone; fullscreen" width={640} height={660} />
      <p>Status: {status}</p>
    </section>
  );
}
