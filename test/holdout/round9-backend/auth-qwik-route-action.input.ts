// Qwik City route action (src/routes/account/face-check/actions.ts): starts a face check and redirects (SGP).
import { routeAction$, z, zod$ } from '@builder.io/qwik-city';

export const useStartFaceCheck = routeAction$(
  async (form, { env, redirect, sharedMap }) => {
    const user = sharedMap.get('user') as { id: string; faceEnrollment: string };
    const basic = btoa(`${env.get('JUMIO_API_TOKEN')}:${env.get('JUMIO_API_SECRET')}`);
    const res = await fetch('https://core-sgp.jumio.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme SG/1.0' },
      body: JSON.stringify({
        enrollmentTransactionReference: user.faceEnrollment,
        customerInternalReference: user.id,
        successUrl: 'https://sg.acme.example/account/face-check/done',
        locale: form.locale,
      }),
    });
    const json = await res.json();
    throw redirect(302, json.redirectUrl);
  },
  zod$({ locale: z.string().max(5) }),
);
