// Pothos query field: support staff look up who an authentication belonged to.
import SchemaBuilder from '@pothos/core';
import request from 'superagent';

const builder = new SchemaBuilder<{ Context: { staff: boolean } }>({});

builder.queryType({
  fields: (t) => ({
    authenticationOwner: t.string({
      nullable: true,
      args: { reference: t.arg.string({ required: true }) },
      resolve: async (_root, { reference }, ctx) => {
        if (!ctx.staff) return null;
        const res = await request
          .get(`https://netverify.com/api/netverify/v2/authentications/${reference}`)
          .auth(process.env.JUMIO_TOKEN!, process.env.JUMIO_SECRET!)
          .set('User-Agent', 'Support Console/1.0')
          .accept('json');
        return res.body.userReference ?? null;
      },
    }),
  }),
});

export const schema = builder.toSchema();
