// Prairie Shield Life (Illinois): before a term-life policy is issued, the applicant verifies their identity (ID and
// selfie) in the browser while on the phone with their agent. Illinois' biometric privacy law means we record the
// applicant's written consent first; compliance asked us to send the consent record with every verification request
// as well. Underwriting files every identity session under the applicant's e-mail address. Fastify 4 plugin,
// TypeScript, the global fetch (Node 20).
import type { FastifyInstance } from 'fastify';
import { findApplicationForAgent, saveIdentitySession } from './db.js';

const NETVERIFY_US = 'https://netverify.com/api/v4/initiate';
const nvToken = process.env.PRAIRIESHIELD_NV_TOKEN;
const nvSecret = process.env.PRAIRIESHIELD_NV_SECRET;

interface IdentitySessionStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default async function identitySessionRoutes(app: FastifyInstance) {
  app.post('/applications/:applicationId/identity-session', async (request, reply) => {
    const application = await findApplicationForAgent(request.params.applicationId, request.user.agentId);
    if (!application) return reply.code(404).send({ error: 'application not found' });
    const { applicant } = application;
    if (!applicant.biometricConsentAt) return reply.code(409).send({ error: 'biometric consent not recorded' });

    const res = await fetch(NETVERIFY_US, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${nvToken}:${nvSecret}`).toString('base64'),
        'User-Agent': 'PrairieShield-NewBusiness/2.3',
      },
      body: JSON.stringify({
        customerInternalReference: applicant.email,
        userReference: applicant.id,
        // ID + identity, camera or upload
        workflowId: 200,
        callbackUrl: `https://api.prairieshield.example/webhooks/identity-sessions/${application.id}`,
        successUrl: `https://apply.prairieshield.example/applications/${application.id}/identity/done`,
        errorUrl: `https://apply.prairieshield.example/applications/${application.id}/identity/failed`,
        locale: 'en',
        tokenLifetimeInMinutes: 45,
        userConsent: {
          userIp: request.ip,
          userLocation: { country: 'USA', state: applicant.state },
          consent: { obtained: 'yes', obtainedAt: applicant.biometricConsentAt },
        },
      }),
    });
    if (!res.ok) throw new Error(`identity session not started: HTTP ${res.status}`);
    const started: IdentitySessionStarted = await res.json();

    await saveIdentitySession(application.id, started.transactionReference, started.timestamp);
    return reply.code(201).send({ sessionUrl: started.redirectUrl });
  });
}
