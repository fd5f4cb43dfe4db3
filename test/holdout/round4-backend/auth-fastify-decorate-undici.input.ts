import fp from 'fastify-plugin';
import { request } from 'undici';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    jumio: {
      startAuthentication(enrollmentReference: string, userReference: string): Promise<{ url: string; ref: string }>;
    };
  }
}

export default fp(async function jumioPlugin(fastify: FastifyInstance) {
  const credentials = Buffer.from(`${fastify.config.JUMIO_TOKEN}:${fastify.config.JUMIO_SECRET}`).toString('base64');

  fastify.decorate('jumio', {
    async startAuthentication(enrollmentReference: string, userReference: string) {
      const { statusCode, body } = await request('https://lon.netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: {
          authorization: `Basic ${credentials}`,
          'content-type': 'application/json',
          'user-agent': 'Sable Platform/6.0',
        },
        body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference }),
      });
      if (statusCode !== 200) {
        fastify.log.error({ statusCode }, 'jumio initiate failed');
        throw fastify.httpErrors.badGateway();
      }
      const result = (await body.json()) as { redirectUrl: string; transactionReference: string };
      return { url: result.redirectUrl, ref: result.transactionReference };
    },
  });
});
