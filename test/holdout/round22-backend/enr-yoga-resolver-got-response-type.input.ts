// KYC onboarding mutation of the UK lending API (GraphQL Yoga, SDL-first createSchema; got with a JSON response).
import { createSchema } from 'graphql-yoga';
import got from 'got';
import { saveKycCase } from './store.js';

interface V4Initiated {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface StartKycInput {
  applicationId: string;
  locale: string;
}

interface YogaContext {
  user: { id: string };
}

export const schema = createSchema({
  typeDefs: /* GraphQL */ `
    input StartKycInput { applicationId: ID!, locale: String! }
    type KycStart { verificationUrl: String!, reference: String! }
    type Mutation { startKyc(input: StartKycInput!): KycStart! }
  `,
  resolvers: {
    Mutation: {
      startKyc: async (_root: unknown, { input }: { input: StartKycInput }, { user }: YogaContext) => {
        const { body } = await got.post<V4Initiated>('https://lon.netverify.com/api/v4/initiate', {
          json: {
            customerInternalReference: input.applicationId,
            userReference: user.id,
            reportingCriteria: 'graphql-onboarding',
            workflowId: 100,
            presets: [{ index: 1, country: 'GBR', type: 'DRIVING_LICENSE' }],
            callbackUrl: 'https://api.acme-loans.co.uk/kyc/idv-callback',
            locale: input.locale,
          },
          responseType: 'json',
          username: process.env.JUMIO_API_TOKEN,
          password: process.env.JUMIO_API_SECRET,
          headers: { 'User-Agent': 'Acme Loans UK/2.7' },
        });
        await saveKycCase(user.id, body.transactionReference);
        return { verificationUrl: body.redirectUrl, reference: body.transactionReference };
      },
    },
  },
});
