// KYC onboarding (Fastify route, got on the EU host, v4 initiate): the parsed body is destructured off got's response.
import got from 'got';
import { saveKycCase } from './store.js';

export default async function onboardingRoutes(fastify) {
  fastify.post('/onboarding/:applicantId/identity', async (request, reply) => {
    const applicantId = request.params.applicantId;
    const { body } = await got.post('https://lon.netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: `applicant-${applicantId}`,
        userReference: applicantId,
        workflowId: 200,
        presets: [{ index: 1, country: 'GBR', type: 'PASSPORT' }],
        successUrl: 'https://apply.acme-lettings.co.uk/identity/done',
      },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
      headers: { 'User-Agent': 'Acme Lettings/3.2' },
      responseType: 'json',
    });
    await saveKycCase(applicantId, body.transactionReference);
    return reply.send({ identityUrl: body.redirectUrl });
  });
}
