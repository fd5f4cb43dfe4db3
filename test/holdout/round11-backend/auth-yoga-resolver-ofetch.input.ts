// GraphQL Yoga schema: a startFaceLogin mutation resolver calling Jumio through ofetch (EU).
import { createSchema, createYoga } from 'graphql-yoga';
import { ofetch } from 'ofetch';
import { enrollmentOf } from './store';

interface JumioStart {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const typeDefs = /* GraphQL */ `
  type FaceLogin { url: String!, reference: String! }
  type Mutation { startFaceLogin(locale: String): FaceLogin! }
  type Query { ok: Boolean }
`;

export const yoga = createYoga<{ userId: string }>({
  schema: createSchema<{ userId: string }>({
    typeDefs,
    resolvers: {
      Mutation: {
        startFaceLogin: async (_parent: unknown, args: { locale?: string }, ctx: { userId: string }) => {
          const started = await ofetch<JumioStart>('https://lon.netverify.com/api/authentication/v1/web/initiate', {
            method: 'POST',
            body: {
              enrollmentTransactionReference: await enrollmentOf(ctx.userId),
              userReference: ctx.userId,
              locale: args.locale ?? 'en',
            },
            headers: {
              Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
              'User-Agent': 'Acme Marketplace/4.4',
            },
          });
          return { url: started.redirectUrl, reference: started.transactionReference };
        },
      },
    },
  }),
});
