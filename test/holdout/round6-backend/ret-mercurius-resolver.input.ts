import Fastify from 'fastify';
import mercurius, { type IResolvers } from 'mercurius';

const NV_BASE = 'https://lon.netverify.com/api/netverify/v2';

const schema = `
  type FaceAuth { reference: String!, result: String!, user: String }
  type Query { faceAuth(reference: String!): FaceAuth }
`;

const resolvers: IResolvers = {
  Query: {
    faceAuth: async (_root, { reference }: { reference: string }) => {
      const res = await fetch(`${NV_BASE}/authentications/${reference}`, {
        headers: {
          Accept: 'application/json',
          Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
        },
      });
      const body = (await res.json()) as { transactionReference: string; transactionResult: string; userReference?: string };
      return { reference: body.transactionReference, result: body.transactionResult, user: body.userReference };
    },
  },
};

const app = Fastify();
app.register(mercurius, { schema, resolvers });
export default app;
