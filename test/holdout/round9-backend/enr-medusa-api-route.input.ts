// Medusa v2 store API route (src/api/store/kyc/route.ts): a customer starts ID verification (US).
import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { Modules } from '@medusajs/framework/utils';
import axios from 'axios';

type StartKycBody = { country: string; idType: 'PASSPORT' | 'ID_CARD' | 'DRIVING_LICENSE' };

export const POST = async (req: AuthenticatedMedusaRequest<StartKycBody>, res: MedusaResponse) => {
  const customerId: string = req.auth_context.actor_id;
  const response = await axios.post(
    'https://netverify.com/api/v4/initiate',
    {
      customerInternalReference: customerId,
      userReference: customerId,
      workflowId: 200,
      presets: [{ index: 1, country: req.validatedBody.country, type: req.validatedBody.idType }],
      successUrl: `${process.env.STOREFRONT_URL}/account/kyc/done`,
      errorUrl: `${process.env.STOREFRONT_URL}/account/kyc/error`,
    },
    {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { 'User-Agent': 'Wingtip Store/1.0' },
    },
  );
  const customers = req.scope.resolve(Modules.CUSTOMER);
  await customers.updateCustomers(customerId, { metadata: { jumio_scan_ref: response.data.transactionReference } });
  res.status(201).json({ url: response.data.redirectUrl });
};
