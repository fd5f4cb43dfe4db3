// Fastify 4 (ESM): the app decorates the instance with one Jumio client — a class keeping the credentials in #private
// fields — and the onboarding route starts an ID + identity verification through it. US data centre.
import fp from 'fastify-plugin';
import { saveKycCase } from './store.js';

class JumioClient {
  #token;
  #secret;
  #userAgent;

  constructor({ token, secret, userAgent }) {
    this.#token = token;
    this.#secret = secret;
    this.#userAgent = userAgent;
  }

  async createVerification({ caseId, userId }) {
    const res = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': this.#userAgent,
        Authorization: `Basic ${Buffer.from(`${this.#token}:${this.#secret}`).toString('base64')}`,
      },
      body: JSON.stringify({
        customerInternalReference: caseId,
        userReference: userId,
        workflowId: 200,
        presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }],
        successUrl: 'https://onboarding.acme.com/kyc/submitted',
        errorUrl: 'https://onboarding.acme.com/kyc/error',
      }),
    });
    if (!res.ok) throw new Error(`Jumio v4 initiate failed: ${res.status}`);
    const { redirectUrl, transactionReference } = await res.json();
    await saveKycCase(caseId, transactionReference);
    return { link: redirectUrl };
  }
}

export default fp(async (fastify) => {
  fastify.decorate(
    'jumio',
    new JumioClient({
      token: process.env.JUMIO_API_TOKEN,
      secret: process.env.JUMIO_API_SECRET,
      userAgent: 'Acme Onboarding/2.2',
    }),
  );

  fastify.post('/onboarding/kyc', async (request, reply) => {
    const { link } = await fastify.jumio.createVerification({ caseId: request.body.caseId, userId: request.user.id });
    return reply.redirect(link, 303);
  });
});
