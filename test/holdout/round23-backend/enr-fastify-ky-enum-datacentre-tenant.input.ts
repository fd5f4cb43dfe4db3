// Identity step of the multi-tenant onboarding SaaS (Fastify 4, TypeScript, ky). Each tenant's contract names the
// Jumio data centre its applicants are verified in.
import Fastify from 'fastify';
import ky from 'ky';
import { saveKycCase } from './store.js';

enum JumioDataCentre {
  US = 'https://netverify.com',
  EU = 'https://lon.netverify.com',
  SG = 'https://core-sgp.jumio.com',
}

interface Tenant {
  id: string;
  brand: string;
  dataCentre: keyof typeof JumioDataCentre;
}

interface JumioV4Initiated {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const basic = `Basic ${Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64')}`;

async function loadTenant(id: string): Promise<Tenant> {
  return { id, brand: 'Acme', dataCentre: id.endsWith('-eu') ? 'EU' : 'US' };
}

type KycRequest = { params: { tenant: string }; body: { customerId: string } };
type KycReply = { code(status: number): { send(payload: unknown): unknown } };

export const app = Fastify({ logger: true });

app.post('/tenants/:tenant/kyc', async (request: KycRequest, reply: KycReply) => {
  const tenant = await loadTenant(request.params.tenant);
  const { customerId } = request.body;
  const started = (await ky
    .post(`${JumioDataCentre[tenant.dataCentre]}/api/v4/initiate`, {
      headers: { Authorization: basic, 'User-Agent': `${tenant.brand} Onboarding/2.0` },
      json: {
        customerInternalReference: `${tenant.id}:${customerId}`,
        userReference: customerId,
        workflowId: 102,
        successUrl: `https://${tenant.id}.acme-saas.com/kyc/done`,
      },
      timeout: 20_000,
    })
    .json()) as JumioV4Initiated;
  await saveKycCase(customerId, started.transactionReference);
  return reply.code(201).send({ link: started.redirectUrl });
});
