// GraphQL endpoint of the Fjordkurv web shop (graphql-js schema language, served by graphql-http behind Express).
// Checkout goes through Nordpay's hosted payment page: the shop calls startCheckout, redirects the shopper to
// redirectUrl and matches the payment notification by transactionReference.
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/express';
import axios from 'axios';
import { findBasket, recordCheckoutStarted } from './db.mjs';

const NORDPAY = 'https://api.nordpay.example';
const NORDPAY_MERCHANT = { username: process.env.NORDPAY_MERCHANT_ID, password: process.env.NORDPAY_API_KEY };

export const schema = buildSchema(/* GraphQL */ `
  """
  A started hosted checkout. The fields are Nordpay's answer, handed to the shop front as it comes.
  """
  type CheckoutStart {
    redirectUrl: String!
    transactionReference: ID!
    timestamp: String!
  }

  type Query {
    health: String!
  }

  type Mutation {
    startCheckout(basketId: ID!, locale: String): CheckoutStart!
  }
`);

const rootValue = {
  health: () => 'ok',

  startCheckout: async ({ basketId, locale }, context) => {
    const basket = await findBasket(basketId, context.shopperId);
    if (!basket) {
      throw new Error('BASKET_NOT_FOUND');
    }
    const { data } = await axios.post(
      `${NORDPAY}/v2/hosted-checkouts`,
      {
        merchantReference: `FK-${basket.id}`,
        amount: basket.totalMinor,
        currency: basket.currency,
        successUrl: `https://www.fjordkurv.example/kasse/${basket.id}/takk`,
        errorUrl: `https://www.fjordkurv.example/kasse/${basket.id}/avbrutt`,
        locale: locale ?? 'no',
        expiresInMinutes: 10,
      },
      {
        auth: NORDPAY_MERCHANT,
        headers: { Accept: 'application/json', 'User-Agent': 'Fjordkurv-Shop/7.3' },
        timeout: 15000,
      },
    );
    await recordCheckoutStarted(basket.id, data.transactionReference, data.timestamp);
    return data;
  },
};

export const graphqlHandler = createHandler({
  schema,
  rootValue,
  context: (req) => ({ shopperId: req.raw.session.shopperId }),
});
