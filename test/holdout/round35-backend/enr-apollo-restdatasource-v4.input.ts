// Onboarding graph (Apollo Server 4): the `startIdentityCheck` mutation asks the vendor (US data centre) for an ID
// verification link through a RESTDataSource of @apollo/datasource-rest, built per request in the context function.
// willSendRequest signs every call of the data source with the API user's pair.
import { RESTDataSource, type AugmentedRequest } from '@apollo/datasource-rest';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { saveKycCase } from './store.js';

interface IdentityCheckStarted {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

interface Applicant {
  id: string;
  locale?: string;
}

export class JumioAPI extends RESTDataSource {
  override baseURL = 'https://netverify.com/api/v4/';

  override willSendRequest(_path: string, request: AugmentedRequest) {
    const pair = `${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`;
    request.headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
    request.headers['user-agent'] = 'Prairie Credit Onboarding/2.0';
  }

  async initiate(applicant: Applicant): Promise<IdentityCheckStarted> {
    return this.post<IdentityCheckStarted>('initiate', {
      body: {
        customerInternalReference: `applicant-${applicant.id}`,
        userReference: applicant.id,
        workflowId: 100,
        successUrl: 'https://apply.prairie-credit.example/identity/done',
        errorUrl: 'https://apply.prairie-credit.example/identity/error',
        callbackUrl: 'https://api.prairie-credit.example/hooks/identity',
        locale: applicant.locale ?? 'en-US',
      },
    });
  }
}

interface ContextValue {
  applicant: Applicant;
  dataSources: { jumio: JumioAPI };
}

const typeDefs = `#graphql
  type IdentityCheck { url: String! }
  type Query { ping: String }
  type Mutation { startIdentityCheck: IdentityCheck! }
`;

const resolvers = {
  Query: { ping: () => 'pong' },
  Mutation: {
    startIdentityCheck: async (_parent: unknown, _args: unknown, { applicant, dataSources }: ContextValue) => {
      const started = await dataSources.jumio.initiate(applicant);
      await saveKycCase(applicant.id, started.transactionReference);
      return { url: started.redirectUrl };
    },
  },
};

const server = new ApolloServer<ContextValue>({ typeDefs, resolvers });

export const { url } = await startStandaloneServer(server, {
  listen: { port: 4000 },
  context: async ({ req }) => {
    const { cache } = server;
    const applicant: Applicant = { id: String(req.headers['x-applicant-id'] ?? ''), locale: req.headers['accept-language'] };
    return { applicant, dataSources: { jumio: new JumioAPI({ cache }) } };
  },
});
