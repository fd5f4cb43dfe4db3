// Elysia on Bun (US): a /face group whose derive() puts the signed-in user on the context; the global fetch; the token
// lifetime a conditional of two literals.
import { Elysia, t } from 'elysia';
import { saveFaceLogin } from './store.js';

const basic = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

function sessionUser(header?: string): { id: string; enrollment: string } {
  if (!header) throw new Error('not signed in');
  const [id, enrollment] = Buffer.from(header.replace(/^Session /, ''), 'base64url').toString().split(':');
  return { id, enrollment };
}

export const faceLogin = new Elysia({ prefix: '/face' })
  .derive(({ headers }) => ({ user: sessionUser(headers.authorization) }))
  .post(
    '/start',
    async ({ user, body, set }) => {
      const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: { Authorization: basic, 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'Acme Bun/1.2' },
        body: JSON.stringify({
          enrollmentTransactionReference: user.enrollment,
          userReference: user.id,
          successUrl: 'https://acme.example/face/done',
          tokenLifetimeInMinutes: body.extended ? 45 : 30,
        }),
      });
      const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
      await saveFaceLogin(user.id, json.transactionReference);
      set.redirect = json.redirectUrl;
    },
    { body: t.Object({ extended: t.Optional(t.Boolean()) }) },
  );
