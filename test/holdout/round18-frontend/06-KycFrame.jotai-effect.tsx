import { atom, useAtomValue } from 'jotai';
import { atomEffect } from 'jotai-effect';

type Step = 'loading' | 'capturing' | 'done' | 'failed';

const stepAtom = atom<Step>('loading');
const referenceAtom = atom<string | null>(null);
const errorCodeAtom = atom<number | null>(null);

const JUMIO_HOST = /\.netverify\.com$/;

// Listens to the identity frame's events while a KycFrame is mounted.
const frameMessagesEffect = atomEffect((_get, set) => {
  const onMessage = (e: MessageEvent) => {
    if (!JUMIO_HOST.test(new URL(e.origin).hostname)) return;
    const data = JSON.parse(e.data);
    switch (data.payload.value) {
      case 'loaded':
        set(stepAtom, 'capturing');
        break;
      case 'success':
        set(referenceAtom, data.transactionReference);
        set(stepAtom, 'done');
        break;
      case 'error':
        set(referenceAtom, data.transactionReference);
        set(errorCodeAtom, data.payload.metainfo?.code ?? null);
        set(stepAtom, 'failed');
        break;
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
});

export function KycFrame({ url }: { url: string }) {
  useAtomValue(frameMessagesEffect);
  const step = useAtomValue(stepAtom);
  const reference = useAtomValue(referenceAtom);
  const errorCode = useAtomValue(errorCodeAtom);

  if (step === 'done') return <p className="kyc-done">Identity confirmed ({reference}).</p>;
  if (step === 'failed') return <p className="kyc-failed">Identity check failed (error {errorCode}).</p>;
  return <iframe src={url} title="Identity check" className="kyc-frame" allow="camera; fullscreen" width={640} height={660} />;
}
