// src/routes/_authed/identity.verify.tsx — TanStack Start with React 19.2. The route's loader starts the identity
// check on the server and returns the web client's URL; the component follows the frame's events.
import { createFileRoute, useRouter } from '@tanstack/react-router';
import { useEffect, useEffectEvent, useState } from 'react';
import { completeIdentityCheck, startIdentityCheck } from '~/server/identity';

const FRAME_ORIGIN = 'https://acme.netverify.com';

export const Route = createFileRoute('/_authed/identity/verify')({
  loader: () => startIdentityCheck(),
  component: IdentityVerify,
});

function IdentityVerify() {
  const { frameUrl } = Route.useLoaderData();
  const router = useRouter();
  const [errorCode, setErrorCode] = useState<number | null>(null);

  const onFrameMessage = useEffectEvent(async (event: MessageEvent) => {
    if (event.origin !== FRAME_ORIGIN) return;
    const data = JSON.parse(event.data);
    if (data.payload.value === 'success') {
      await completeIdentityCheck({ data: { reference: data.transactionReference } });
      await router.navigate({ to: '/identity/done' });
    } else if (data.payload.value === 'error') {
      setErrorCode(data.payload.metainfo?.code ?? null);
    }
  });

  useEffect(() => {
    const listener = (event: MessageEvent) => onFrameMessage(event);
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);

  return (
    <main>
      <h1>Confirm it's you</h1>
      {errorCode !== null && <p role="alert">The check stopped (code {errorCode}).</p>}
      <iframe src={frameUrl} title="Identity check" allow="camera;fullscreen" allowFullScreen width="100%" height={680} />
    </main>
  );
}
