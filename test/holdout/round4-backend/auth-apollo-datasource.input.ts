import { RESTDataSource, type AugmentedRequest } from '@apollo/datasource-rest';

export interface InitiateResult {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export class NetverifyAPI extends RESTDataSource {
  override baseURL = 'https://lon.netverify.com/';

  override willSendRequest(_path: string, request: AugmentedRequest) {
    const pair = `${process.env.NETVERIFY_TOKEN}:${process.env.NETVERIFY_SECRET}`;
    request.headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
    request.headers['user-agent'] = 'Meridian GraphQL/1.0';
  }

  async initiateAuthentication(enrollmentReference: string, userId: string): Promise<InitiateResult> {
    return this.post<InitiateResult>('api/authentication/v1/web/initiate', {
      body: { enrollmentTransactionReference: enrollmentReference, userReference: userId },
    });
  }
}

export const resolvers = {
  Mutation: {
    startFaceAuthentication: async (
      _parent: unknown,
      { enrollmentReference }: { enrollmentReference: string },
      { dataSources, user }: { dataSources: { netverify: NetverifyAPI }; user: { id: string } },
    ) => {
      const result = await dataSources.netverify.initiateAuthentication(enrollmentReference, user.id);
      return { url: result.redirectUrl, reference: result.transactionReference };
    },
  },
};
