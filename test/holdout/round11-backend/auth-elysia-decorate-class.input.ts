// Elysia on Bun: a FaceLogin class decorated onto the context; fetch with Bun.env credentials (US).
import { Elysia, t } from 'elysia';

class FaceLogin {
  private readonly basic = btoa(`${Bun.env.JUMIO_API_TOKEN}:${Bun.env.JUMIO_API_SECRET}`);

  async start(userId: string, enrollment: string) {
    const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { Authorization: `Basic ${this.basic}`, 'Content-Type': 'application/json', 'User-Agent': 'Acme Games/1.0' },
      body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, errorUrl: 'https://games.acme.example/verify/failed' }),
    });
    const data = (await res.json()) as { redirectUrl: string; transactionReference: string };
    return { url: data.redirectUrl, reference: data.transactionReference };
  }
}

export const app = new Elysia()
  .decorate('faceLogin', new FaceLogin())
  .post('/face-login', ({ faceLogin, body }) => faceLogin.start(body.userId, body.enrollment), {
    body: t.Object({ userId: t.String(), enrollment: t.String() }),
  });
