// Great Lakes Mutual Life (Illinois), on the KYX platform since 2024: before a term-life policy is issued, the
// applicant verifies their identity (ID and selfie, workflow 3) in the browser while on the phone with their agent.
// Illinois' biometric privacy law means we record the applicant's written consent first and send it in userConsent.
// The new account's id and the ID credential's id are kept on the application: the face login at the first claim
// runs on that account. Fastify 4 plugin, TypeScript, the global fetch (Node 20).
import type { FastifyInstance } from 'fastify';
import { findApplicationForAgent, saveKyxIdentitySession } from './db.js';
import { greatLakesKyxToken } from './kyx-oauth-client.js';

const KYX_ACCOUNTS_US = 'https://account.amer-1.jumio.ai/api/v1/accounts';

interface AccountCreated {
  timestamp: string;
  account: { id: string };
  web: { href: string };
  workflowExecution: { id: string; credentials: Array<{ id: string; category: string }> };
}

export default async function identitySessionRoutes(app: FastifyInstance) {
  app.post('/applications/:applicationId/identity-session', async (request, reply) => {
    const application = await findApplicationForAgent(request.params.applicationId, request.user.agentId);
    if (!application) return reply.code(404).send({ error: 'application not found' });
    const { applicant } = application;
    if (!applicant.biometricConsentAt) return reply.code(409).send({ error: 'biometric consent not recorded' });

    const res = await fetch(KYX_ACCOUNTS_US, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await greatLakesKyxToken()}`,
        'User-Agent': 'GreatLakesMutual-NewBusiness/5.0',
      },
      body: JSON.stringify({
        customerInternalReference: `GLM-${application.id}`,
        userReference: applicant.id,
        workflowDefinition: { key: 3 },
        callbackUrl: `https://api.greatlakesmutual.example/webhooks/kyx/${application.id}`,
        web: {
          successUrl: `https://apply.greatlakesmutual.example/applications/${application.id}/identity/done`,
          errorUrl: `https://apply.greatlakesmutual.example/applications/${application.id}/identity/failed`,
          locale: 'en',
        },
        tokenLifetime: '45m',
        userConsent: {
          userIp: request.ip,
          userLocation: { country: 'USA', state: applicant.state },
          consent: { obtained: 'yes', obtainedAt: applicant.biometricConsentAt },
        },
      }),
    });
    if (!res.ok) throw new Error(`identity session not started: HTTP ${res.status}`);
    const created: AccountCreated = await res.json();

    const idCredential = created.workflowExecution.credentials.find((c) => c.category === 'ID');
    await saveKyxIdentitySession(application.id, {
      accountId: created.account.id,
      workflowExecutionId: created.workflowExecution.id,
      idCredentialId: idCredential?.id ?? null,
      startedAt: created.timestamp,
    });
    return reply.code(201).send({ sessionUrl: created.web.href });
  });
}
