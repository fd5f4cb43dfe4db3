// src/api/store/customers/me/verify/route.ts (Medusa v2): a signed-in shopper verifies their identity before buying
// age-restricted goods. Jumio ID Verification (v4), US data centre, ID only.
import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';

const JUMIO_V4 = 'https://netverify.com/api/v4/initiate';

type JumioInitiate = { timestamp: string; transactionReference: string; redirectUrl: string };

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId: string = req.auth_context.actor_id;
  const customerService = req.scope.resolve('customer');
  const token = process.env.JUMIO_API_TOKEN;
  const secret = process.env.JUMIO_API_SECRET;

  const jumio = await fetch(JUMIO_V4, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Store/2.0',
      Authorization: 'Basic ' + Buffer.from(`${token}:${secret}`).toString('base64'),
    },
    body: JSON.stringify({
      customerInternalReference: `age-${customerId}`,
      userReference: customerId,
      workflowId: 100,
      callbackUrl: `${process.env.STORE_URL}/hooks/jumio/idv`,
      successUrl: `${process.env.STOREFRONT_URL}/account/verified`,
    }),
  });
  const session = (await jumio.json()) as JumioInitiate;
  await customerService.updateCustomers(customerId, { metadata: { jumio_reference: session.transactionReference } });
  res.json({ verification_url: session.redirectUrl });
};
