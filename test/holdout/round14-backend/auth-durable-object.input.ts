// Cloudflare Worker with a Durable Object per face-login session (EU); credentials are Worker secrets on this.env.
import { DurableObject } from 'cloudflare:workers';

interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
  FACE_LOGIN: DurableObjectNamespace<FaceLoginSession>;
}

export class FaceLoginSession extends DurableObject<Env> {
  async start(enrollment: string, userId: string): Promise<string> {
    const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: 'Basic ' + btoa(`${this.env.JUMIO_API_TOKEN}:${this.env.JUMIO_API_SECRET}`),
      },
      body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId, tokenLifetimeInMinutes: 20 }),
    });
    if (!res.ok) throw new Error(`jumio ${res.status}`);
    const json = (await res.json()) as { redirectUrl: string; transactionReference: string };
    await this.ctx.storage.put('reference', json.transactionReference);
    return json.redirectUrl;
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { enrollment, userId } = (await request.json()) as { enrollment: string; userId: string };
    const stub = env.FACE_LOGIN.get(env.FACE_LOGIN.idFromName(userId));
    return Response.json({ url: await stub.start(enrollment, userId) });
  },
};
