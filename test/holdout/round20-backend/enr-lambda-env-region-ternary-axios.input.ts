// AWS Lambda (API Gateway HTTP API, TypeScript): age verification for the ticket shop. The stack is deployed once per
// data centre and JUMIO_REGION=EU selects the London one; the Basic credentials come pre-encoded from the environment.
import axios from 'axios';
import { saveKycCase } from './store.js';

const JUMIO_V4 = process.env.JUMIO_REGION === 'EU' ? 'https://lon.netverify.com/api/v4/initiate' : 'https://netverify.com/api/v4/initiate';

type V4Start = { timestamp: string; redirectUrl: string; transactionReference: string };

// The parts of API Gateway's HTTP API (payload 2.0) event and result this handler uses.
interface HttpApiEvent {
  body?: string;
}
interface HttpApiResult {
  statusCode: number;
  body: string;
}

export const handler = async (event: HttpApiEvent): Promise<HttpApiResult> => {
  const { orderId, buyerId } = JSON.parse(event.body ?? '{}') as { orderId: string; buyerId: string };
  const { data } = await axios.post<V4Start>(
    JUMIO_V4,
    {
      customerInternalReference: `order-${orderId}`,
      userReference: buyerId,
      reportingCriteria: 'age-check',
      workflowId: 100,
      callbackUrl: `${process.env.API_URL}/jumio/idv-callback`,
      successUrl: `${process.env.SHOP_URL}/orders/${orderId}/age-verified`,
    },
    { headers: { 'User-Agent': 'Acme Tickets/1.9', Authorization: `Basic ${process.env.JUMIO_BASIC_B64}` } },
  );
  await saveKycCase(buyerId, data.transactionReference);
  return { statusCode: 200, body: JSON.stringify({ url: data.redirectUrl }) };
};
