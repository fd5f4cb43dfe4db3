// SvelteKit 2 form actions (src/routes/account/face-login/+page.server.ts): the page's form posts to ?/start, the
// action asks the EU data centre for a face login and sends the browser to the web client; ?/cancel forgets it.
import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Actions, PageServerLoad } from './$types';
import { saveFaceLogin } from './store.js';

const FACE_LOGIN_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

export const load: PageServerLoad = async ({ locals }) => {
  if (!locals.user) redirect(303, '/login');
  return { enrolled: Boolean(locals.user.jumioEnrollmentRef) };
};

export const actions = {
  start: async ({ request, fetch, locals, url }) => {
    const user = locals.user;
    if (!user?.jumioEnrollmentRef) return fail(409, { message: 'Enrol your face first.' });
    const form = await request.formData();
    const locale = String(form.get('locale') ?? 'en-GB');

    const res = await fetch(FACE_LOGIN_INITIATE, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + btoa(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`),
        'User-Agent': 'Northwind Account/5.2',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: user.jumioEnrollmentRef,
        userReference: user.id,
        successUrl: `${url.origin}/account/face-login/done`,
        errorUrl: `${url.origin}/account/face-login?failed=1`,
        locale,
        tokenLifetimeInMinutes: 15,
      }),
    });
    if (!res.ok) return fail(502, { message: `Face login is unavailable (${res.status}).` });

    const started: { redirectUrl: string; transactionReference: string } = await res.json();
    await saveFaceLogin(user.id, started.transactionReference);
    redirect(303, started.redirectUrl);
  },
  cancel: async ({ cookies }) => {
    cookies.delete('face_login', { path: '/' });
    return { cancelled: true };
  },
} satisfies Actions;
