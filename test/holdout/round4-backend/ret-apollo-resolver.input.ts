import axios from 'axios';
import { GraphQLError } from 'graphql';

const RETRIEVAL_BASE = 'https://lon.netverify.com/api/netverify/v2/authentications';

type LegacyAuthentication = {
  transactionReference: string;
  transactionResult: string;
  userReference?: string;
};

export const faceAuthResolvers = {
  Query: {
    faceAuthentication: async (_: unknown, { reference }: { reference: string }) => {
      try {
        const { data } = await axios.get<LegacyAuthentication>(`${RETRIEVAL_BASE}/${reference}`, {
          auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
          headers: { 'User-Agent': 'Meridian GraphQL/1.0' },
        });
        return { reference: data.transactionReference, userReference: data.userReference ?? null, result: data.transactionResult };
      } catch (err) {
        throw new GraphQLError('face authentication lookup failed', { extensions: { code: 'UPSTREAM' } });
      }
    },
  },
};
