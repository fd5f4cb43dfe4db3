// app/routes/identity.start.tsx — the identity step of the same React Router 7 app. The clientLoader opens a session
// with the app's API and hands the web client's URL to the page; the frame's events are posted to this route's
// clientAction through a fetcher, which records the step's progress on the server without leaving the page. The
// origin is compared with the frame URL's own origin, so no host is written here.
import { useEffect } from 'react';
import { redirect, useFetcher } from 'react-router';
import type { Route } from './+types/identity.start';
import { api } from '~/lib/api';

interface WebClientEvent {
  authorizationToken: string;
  transactionReference: string;
  eventType: number;
  dateTime: string;
  payload: { value: 'loaded' | 'success' | 'error'; metainfo?: { code: number } };
}

export async function clientLoader() {
  const session = await api.post<{ redirectUrl: string; expiresAt: string }>('/identity/sessions');
  return { frameUrl: session.redirectUrl, expiresAt: session.expiresAt };
}

export async function clientAction({ request }: Route.ClientActionArgs) {
  const form = await request.formData();
  const step = String(form.get('step'));
  await api.post('/identity/progress', { reference: form.get('reference'), step, code: form.get('code') });
  if (step === 'success') return redirect('/identity/pending');
  if (step === 'error') return redirect(`/identity?retry=1&code=${form.get('code') ?? ''}`);
  return null;
}

export default function IdentityStart({ loaderData }: Route.ComponentProps) {
  const { frameUrl } = loaderData;
  const fetcher = useFetcher();
  const { submit } = fetcher;

  useEffect(() => {
    const webClientOrigin = new URL(frameUrl).origin;

    function onMessage(event: MessageEvent<string>) {
      if (event.origin !== webClientOrigin) return;
      let data: WebClientEvent;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data.payload.value === 'loaded') return;
      submit(
        { reference: data.transactionReference, step: data.payload.value, code: String(data.payload.metainfo?.code ?? '') },
        { method: 'post' },
      );
    }

    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frameUrl, submit]);

  return (
    <main className="identity-start">
      <h1>Verify your identity</h1>
      <iframe src={frameUrl} title="Identity verification" allow="camera;fullscreen" className="identity-start__frame" />
      {fetcher.state !== 'idle' && <p className="identity-start__saving">Saving your progress…</p>}
    </main>
  );
}
