// Plaid Identity Verification from a GraphQL Yoga resolver (another vendor, redirect_uri and shareable_url): untouched.
import { createSchema } from 'graphql-yoga';
import { ofetch } from 'ofetch';

export const schema = createSchema({
  typeDefs: 'type Mutation { startIdv: String! } type Query { ok: Boolean }',
  resolvers: {
    Mutation: {
      startIdv: async (_: unknown, __: unknown, ctx: { userId: string }) => {
        const idv = await ofetch<{ shareable_url: string; id: string }>('https://production.plaid.com/identity_verification/create', {
          method: 'POST',
          body: {
            client_id: process.env.PLAID_CLIENT_ID,
            secret: process.env.PLAID_SECRET,
            template_id: process.env.PLAID_TEMPLATE,
            gave_consent: true,
            user: { client_user_id: ctx.userId },
            redirect_uri: 'https://acme.example/idv/done',
          },
        });
        return idv.shareable_url;
      },
    },
  },
});
