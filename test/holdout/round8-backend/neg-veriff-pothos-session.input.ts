// Pothos mutation creating a Veriff session (the "redirectUrl" here is Veriff's session URL).
import SchemaBuilder from '@pothos/core';

const builder = new SchemaBuilder<{ Context: { userId: string } }>({});

builder.mutationType({
  fields: (t) => ({
    createVeriffSession: t.string({
      resolve: async (_root, _args, ctx) => {
        const res = await fetch('https://stationapi.veriff.com/v1/sessions', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-AUTH-CLIENT': process.env.VERIFF_API_KEY ?? '' },
          body: JSON.stringify({
            verification: {
              callback: 'https://app.example.com/veriff/done',
              vendorData: ctx.userId,
              timestamp: new Date().toISOString(),
            },
          }),
        });
        const json = (await res.json()) as { verification: { id: string; url: string } };
        const redirectUrl = json.verification.url;
        return redirectUrl;
      },
    }),
  }),
});

export const schema = builder.toSchema();
