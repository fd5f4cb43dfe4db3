// Onfido Studio workflow runs from a Fastify plugin (another KYC vendor: must stay untouched).
import fp from 'fastify-plugin';
import { request } from 'undici';
import type { FastifyInstance } from 'fastify';

export default fp(async (fastify: FastifyInstance) => {
  fastify.decorate('startOnfido', async (applicantId: string) => {
    const { body } = await request('https://api.eu.onfido.com/v3.6/workflow_runs', {
      method: 'POST',
      headers: { authorization: `Token token=${process.env.ONFIDO_API_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ workflow_id: process.env.ONFIDO_WORKFLOW_ID, applicant_id: applicantId, link: { completed_redirect_url: 'https://acme.example/kyc/done' } }),
    });
    const run = (await body.json()) as { id: string; link: { url: string } };
    return { url: run.link.url, reference: run.id };
  });
});
