// Ostrander Watch Co. (Saleor 3.20 storefront, watches over $10,000): a Saleor app holds paid high-value orders until
// the buyer has passed the Netverify face login started at checkout (the storefront keeps its reference in the order's
// private metadata). On ORDER_FULLY_PAID this webhook reads the authentication result from Netverify's retrieval API
// (US data centre) and releases the order to fulfilment, or leaves it on hold for the concierge team.
import { SaleorAsyncWebhook } from '@saleor/app-sdk/handlers/next';
import axios from 'axios';
import { holdOrderForConcierge, releaseOrderToFulfilment } from './db.js';
import { saleorApp } from './saleor-app.js';

const NV_AUTHENTICATIONS = 'https://netverify.com/api/netverify/v2/authentications/';

const ORDER_FULLY_PAID_SUBSCRIPTION = `
  subscription OrderFullyPaid {
    event { ... on OrderFullyPaid { order { id number userEmail privateMetadata { key value } } } }
  }`;

interface OrderFullyPaidPayload {
  order?: {
    id: string;
    number: string;
    userEmail?: string | null;
    privateMetadata: { key: string; value: string }[];
  } | null;
}

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export const orderFullyPaidWebhook = new SaleorAsyncWebhook<OrderFullyPaidPayload>({
  name: 'Release high-value orders after face login',
  webhookPath: 'api/webhooks/order-fully-paid',
  event: 'ORDER_FULLY_PAID',
  apl: saleorApp.apl,
  query: ORDER_FULLY_PAID_SUBSCRIPTION,
});

export default orderFullyPaidWebhook.createHandler(async (req, res, ctx) => {
  const { payload, authData } = ctx;
  const order = payload.order;
  const faceLoginReference = order?.privateMetadata.find((m) => m.key === 'faceLoginReference')?.value;
  if (!order || !faceLoginReference) {
    return res.status(200).end();
  }

  const { data: details } = await axios.get<AuthenticationDetails>(NV_AUTHENTICATIONS + faceLoginReference, {
    auth: { username: process.env.OSTRANDER_NV_TOKEN ?? '', password: process.env.OSTRANDER_NV_SECRET ?? '' },
    headers: { Accept: 'application/json', 'User-Agent': 'Ostrander-SaleorApp/1.2' },
  });

  const passed = details.transactionResult === 'PASSED' && details.userReference === order.userEmail;
  if (passed) {
    await releaseOrderToFulfilment(authData, order.id, details.transactionReference);
  } else {
    await holdOrderForConcierge(authData, order.id, `face login ${details.transactionReference}: ${details.transactionResult}`);
  }
  return res.status(200).json({ order: order.number, released: passed });
});

export const config = { api: { bodyParser: false } };
