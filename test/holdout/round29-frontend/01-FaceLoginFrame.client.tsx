'use client';
// app/(auth)/face-login/face-login-frame.tsx — Next.js 15 App Router. The server action starts the face login and
// hands back the web client's URL; the frame reports each step with postMessage.
import { useActionState, useEffect, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { confirmFaceLogin, startFaceLogin, type StartState } from './actions';

type FrameEvent = {
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code?: number } };
};

export function FaceLoginFrame({ locale }: { locale: string }) {
  const router = useRouter();
  const [state, start, starting] = useActionState<StartState, FormData>(startFaceLogin, { frameUrl: null, error: null });
  const [, startTransition] = useTransition();

  useEffect(() => {
    function onFrameMessage(event: MessageEvent<string>) {
      if (!event.origin.endsWith('.netverify.com')) return;
      let data: FrameEvent;
      try {
        data = JSON.parse(event.data) as FrameEvent;
      } catch {
        return;
      }
      if (data.payload.value === 'success') {
        startTransition(async () => {
          await confirmFaceLogin(data.transactionReference);
          router.replace('/account');
        });
      } else if (data.payload.value === 'error') {
        router.replace(`/face-login/failed?code=${data.payload.metainfo?.code ?? ''}`);
      }
    }
    addEventListener('message', onFrameMessage);
    return () => removeEventListener('message', onFrameMessage);
  }, [router]);

  if (!state.frameUrl) {
    return (
      <form action={start}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" disabled={starting}>
          Log in with your face
        </button>
        {state.error && <p role="alert">{state.error}</p>}
      </form>
    );
  }
  return <iframe src={state.frameUrl} title="Face login" allow="camera;fullscreen" className="h-[680px] w-full rounded-lg" />;
}
