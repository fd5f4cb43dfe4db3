// Orchid Trust Bank (SG): adding a beneficiary for transfers above S$20,000 asks the customer for a selfie against the
// ID check from account opening. Fastify plugin, TypeScript, Node's fetch. The vendor credentials live in HashiCorp
// Vault (KV v2): the pod logs in with its Kubernetes service-account token and reads them at run time, so a rotation
// takes effect within five minutes. Every initiate is billed: @fastify/rate-limit (registered by the app) caps it.
import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import { findBeneficiaryChange, saveBeneficiaryStepUp } from './store.js';

const VAULT_ADDR = process.env.VAULT_ADDR ?? 'https://vault.orchid.internal:8200';
const NETVERIFY_SG = 'https://core-sgp.jumio.com';

interface NetverifyCredentials {
  apiToken: string;
  apiSecret: string;
}

interface FaceLoginStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

let vaultLease: { token: string; expiresAt: number } | undefined;
let credentialsCache: { value: NetverifyCredentials; expiresAt: number } | undefined;

async function vaultToken(): Promise<string> {
  if (vaultLease && vaultLease.expiresAt > Date.now() + 30_000) return vaultLease.token;
  const jwt = await readFile('/var/run/secrets/kubernetes.io/serviceaccount/token', 'utf8');
  const res = await fetch(`${VAULT_ADDR}/v1/auth/kubernetes/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'beneficiaries-api', jwt }),
  });
  if (!res.ok) throw new Error(`vault login failed: ${res.status}`);
  const { auth } = (await res.json()) as { auth: { client_token: string; lease_duration: number } };
  vaultLease = { token: auth.client_token, expiresAt: Date.now() + auth.lease_duration * 1000 };
  return vaultLease.token;
}

async function netverifyCredentials(): Promise<NetverifyCredentials> {
  if (credentialsCache && credentialsCache.expiresAt > Date.now()) return credentialsCache.value;
  const res = await fetch(`${VAULT_ADDR}/v1/kv/data/beneficiaries/netverify`, { headers: { 'X-Vault-Token': await vaultToken() } });
  if (!res.ok) throw new Error(`vault read failed: ${res.status}`);
  const { data } = (await res.json()) as { data: { data: NetverifyCredentials } };
  credentialsCache = { value: data.data, expiresAt: Date.now() + 5 * 60_000 };
  return data.data;
}

export default async function beneficiaryStepUpRoutes(app: FastifyInstance) {
  app.post(
    '/beneficiaries/changes/:changeId/face-login',
    { config: { rateLimit: { max: 3, timeWindow: '10 minutes' } } },
    async (request: any, reply: any) => {
      const change = await findBeneficiaryChange(request.params.changeId, request.user.customerId);
      if (!change) return reply.code(404).send({ error: 'unknown beneficiary change' });

      const { apiToken, apiSecret } = await netverifyCredentials();
      const response = await fetch(`${NETVERIFY_SG}/api/authentication/v1/web/initiate`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: 'Basic ' + Buffer.from(`${apiToken}:${apiSecret}`).toString('base64'),
          'User-Agent': 'OrchidTrust-Beneficiaries/5.2',
        },
        body: JSON.stringify({
          enrollmentTransactionReference: change.customer.netverifyEnrollment,
          userReference: change.customer.id,
          successUrl: `https://ibanking.orchidtrust.example/beneficiaries/${change.id}/confirmed`,
          errorUrl: `https://ibanking.orchidtrust.example/beneficiaries/${change.id}/not-confirmed`,
          locale: 'en-GB',
          tokenLifetimeInMinutes: 10,
        }),
      });
      if (!response.ok) {
        request.log.warn({ status: response.status }, 'face login initiate failed');
        return reply.code(502).send({ error: 'identity provider unavailable' });
      }

      const started = (await response.json()) as FaceLoginStarted;
      await saveBeneficiaryStepUp(change.id, started.transactionReference);
      return reply.code(201).send({ faceLoginUrl: started.redirectUrl });
    },
  );
}
