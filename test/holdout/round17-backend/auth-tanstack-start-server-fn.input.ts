// TanStack Start (EU): a server function made with createServerFn, its input passed through a validator; the global
// fetch with the Basic header built inline with btoa; the frame URL returned to the client under the app's own name.
import { createServerFn } from '@tanstack/react-start';
import { getWebRequest } from '@tanstack/react-start/server';
import { saveFaceLogin } from './store.js';

interface StartInput {
  userId: string;
  enrollment: string;
}

export const startFaceLogin = createServerFn({ method: 'POST' })
  .validator((input: StartInput) => input)
  .handler(async ({ data }) => {
    const origin = new URL(getWebRequest()!.url).origin;
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'Acme Start/1.0',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: data.enrollment,
        userReference: data.userId,
        successUrl: `${origin}/face/done`,
        errorUrl: `${origin}/face/failed`,
        tokenLifetimeInMinutes: 120,
      }),
    });
    if (!res.ok) throw new Error(`face login failed (${res.status})`);
    const started: { redirectUrl: string; transactionReference: string } = await res.json();
    await saveFaceLogin(data.userId, started.transactionReference);
    return { frameUrl: started.redirectUrl };
  });
