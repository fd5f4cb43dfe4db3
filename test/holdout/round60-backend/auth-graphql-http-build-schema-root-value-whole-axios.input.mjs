// GraphQL endpoint of the Fjell Sparebank online bank (graphql-js schema language, served by graphql-http behind
// Express). Payments above the member's limit ask for a face login first: the web app calls startFaceLogin, opens
// redirectUrl in the identity frame and confirms the payment with transactionReference.
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/express';
import axios from 'axios';
import { findMemberEnrolment, recordFaceLoginStarted } from './db.mjs';

const NV_EU = 'https://lon.netverify.com';
const NV_API_USER = { username: process.env.FJELL_NV_TOKEN, password: process.env.FJELL_NV_SECRET };

export const schema = buildSchema(/* GraphQL */ `
  """
  A started face login. The fields are the identity service's answer, handed to the web app as it comes.
  """
  type FaceLoginStart {
    redirectUrl: String!
    transactionReference: ID!
    timestamp: String!
  }

  type Query {
    health: String!
  }

  type Mutation {
    startFaceLogin(paymentId: ID!, locale: String): FaceLoginStart!
  }
`);

const rootValue = {
  health: () => 'ok',

  startFaceLogin: async ({ paymentId, locale }, context) => {
    const member = await findMemberEnrolment(context.memberId);
    if (!member?.enrolmentReference) {
      throw new Error('FACE_LOGIN_NOT_SET_UP');
    }
    const { data } = await axios.post(
      `${NV_EU}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: member.enrolmentReference,
        userReference: member.memberNo,
        successUrl: `https://nettbank.fjellsparebank.example/betaling/${paymentId}/godkjent`,
        errorUrl: `https://nettbank.fjellsparebank.example/betaling/${paymentId}/avbrutt`,
        locale: locale ?? 'no',
        tokenLifetimeInMinutes: 10,
      },
      {
        auth: NV_API_USER,
        headers: { Accept: 'application/json', 'User-Agent': 'FjellSparebank-Nettbank/7.3' },
        timeout: 15000,
      },
    );
    await recordFaceLoginStarted(paymentId, data.transactionReference, data.timestamp);
    return data;
  },
};

export const graphqlHandler = createHandler({
  schema,
  rootValue,
  context: (req) => ({ memberId: req.raw.session.memberId }),
});
