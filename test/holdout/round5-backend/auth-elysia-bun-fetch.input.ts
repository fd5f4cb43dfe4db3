// Face re-login for the Bun/Elysia API. Jumio Authentication (web) — see ops wiki "Face login".
import { Elysia, t } from 'elysia';
import { db } from './db';

const NETVERIFY_AUTH = 'https://lon.netverify.com/api/authentication/v1/web/initiate';

type NetverifyAuthInit = { timestamp: string; redirectUrl: string; transactionReference: string };

export const faceLogin = new Elysia({ prefix: '/face' })
  .post(
    '/start',
    async ({ body, set }) => {
      const user = await db.user.findByEmail(body.email);
      if (!user?.jumioEnrollmentRef) {
        set.status = 409;
        return { error: 'not enrolled' };
      }
      const res = await fetch(NETVERIFY_AUTH, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'user-agent': 'Lumen Bank FaceLogin/4.1',
          authorization: 'Basic ' + btoa(`${Bun.env.JUMIO_API_TOKEN}:${Bun.env.JUMIO_API_SECRET}`),
        },
        body: JSON.stringify({
          enrollmentTransactionReference: user.jumioEnrollmentRef,
          userReference: user.id,
          callbackUrl: 'https://api.lumen.example/face/callback',
          locale: body.locale ?? 'en-GB',
          tokenLifetimeInMinutes: 15,
        }),
      });
      if (!res.ok) {
        set.status = 502;
        return { error: `jumio ${res.status}` };
      }
      const init = (await res.json()) as NetverifyAuthInit;
      await db.faceLogin.insert({ userId: user.id, reference: init.transactionReference, startedAt: init.timestamp });
      return { iframe: init.redirectUrl };
    },
    { body: t.Object({ email: t.String(), locale: t.Optional(t.String()) }) },
  );
