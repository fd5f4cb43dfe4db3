// Payload CMS collection: a custom endpoint on Customers starts a face re-authentication (US).
import type { CollectionConfig, PayloadRequest } from 'payload';
import axios from 'axios';

const netverify = axios.create({
  baseURL: 'https://netverify.com/api',
  auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' },
  headers: { 'User-Agent': 'Wingtip CMS/2.0' },
});

export const Customers: CollectionConfig = {
  slug: 'customers',
  fields: [
    { name: 'email', type: 'email', required: true },
    { name: 'jumioEnrollmentRef', type: 'text' },
    { name: 'lastFaceAuthRef', type: 'text' },
  ],
  endpoints: [
    {
      path: '/:id/face-auth',
      method: 'post',
      handler: async (req: PayloadRequest) => {
        const customer = await req.payload.findByID({ collection: 'customers', id: req.routeParams!.id as string });
        const { data } = await netverify.post('/authentication/v1/web/initiate', {
          enrollmentTransactionReference: customer.jumioEnrollmentRef,
          userReference: customer.id,
          tokenLifetimeInMinutes: 30,
        });
        await req.payload.update({ collection: 'customers', id: customer.id, data: { lastFaceAuthRef: data.transactionReference } });
        return Response.json({ redirectTo: data.redirectUrl });
      },
    },
  ],
};
