// Onboarding service on Knex: the v4 initiate (EU, workflowId 200) and its answer written to the customers table.
import knex from 'knex';
import axios from 'axios';

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });

export async function startOnboarding(customerId: string, email: string): Promise<string> {
  const { data } = await axios.post<{ timestamp: string; redirectUrl: string; transactionReference: string }>(
    'https://lon.netverify.com/api/v4/initiate',
    {
      customerInternalReference: customerId,
      userReference: email,
      workflowId: 200,
      successUrl: 'https://open.acme-bank.example/onboarding/verified',
      errorUrl: 'https://open.acme-bank.example/onboarding/retry',
    },
    { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
  );
  await db('customers').where({ id: customerId }).update({ jumio_scan_ref: data.transactionReference, jumio_started_at: db.fn.now() });
  return data.redirectUrl;
}
