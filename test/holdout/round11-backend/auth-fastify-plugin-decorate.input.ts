// Fastify plugin (fastify-plugin) decorating the instance with a face-login starter; undici's request (US).
import fp from 'fastify-plugin';
import { request } from 'undici';
import type { FastifyInstance } from 'fastify';

interface FaceLoginStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    startFaceLogin(userId: string, enrollment: string): Promise<{ url: string; reference: string }>;
  }
}

export default fp(async (fastify: FastifyInstance) => {
  const basic = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

  fastify.decorate('startFaceLogin', async (userId: string, enrollment: string) => {
    const { statusCode, body } = await request('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'user-agent': 'Acme Wallet/5.2',
        authorization: `Basic ${basic}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: enrollment,
        userReference: userId,
        callbackUrl: 'https://wallet.acme.example/hooks/jumio/auth',
        tokenLifetimeInMinutes: 10,
      }),
    });
    if (statusCode !== 200) throw new Error(`jumio initiate ${statusCode}`);
    const start = (await body.json()) as FaceLoginStart;
    fastify.log.info({ reference: start.transactionReference }, 'face login started');
    return { url: start.redirectUrl, reference: start.transactionReference };
  });
}, { name: 'jumio-face-login' });
