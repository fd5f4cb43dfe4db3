// GraphQL schema (Pothos): the mobile web view asks for a face re-check link.
import SchemaBuilder from '@pothos/core';
import { enrollmentOf } from './store';

const builder = new SchemaBuilder<{ Context: { userId: string; locale?: string } }>({});

const FaceCheckLink = builder.objectRef<{ url: string; reference: string }>('FaceCheckLink').implement({
  fields: (t) => ({
    url: t.exposeString('url'),
    reference: t.exposeString('reference'),
  }),
});

const JUMIO_AUTH_URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const JUMIO_AUTH_HEADER = 'Basic ' + Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64');

builder.mutationType({
  fields: (t) => ({
    startFaceCheck: t.field({
      type: FaceCheckLink,
      resolve: async (_root, _args, ctx) => {
        const enrollment = await enrollmentOf(ctx.userId);
        const res = await fetch(JUMIO_AUTH_URL, {
          method: 'POST',
          headers: { Authorization: JUMIO_AUTH_HEADER, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: ctx.userId, locale: ctx.locale ?? 'en' }),
        });
        const body = (await res.json()) as { redirectUrl: string; transactionReference: string };
        return { url: body.redirectUrl, reference: body.transactionReference };
      },
    }),
  }),
});

export const schema = builder.toSchema();
