// Keystone 6: a custom mutation added with graphql.extend (keystone.ts extendGraphqlSchema), EU tenant.
import { graphql } from '@keystone-6/core';
import type { Context } from '.keystone/types';
import fetch from 'node-fetch';

const JUMIO_EU = 'https://lon.netverify.com';

export const extendGraphqlSchema = graphql.extend(() => ({
  mutation: {
    startFaceAuthentication: graphql.field({
      type: graphql.String,
      args: { locale: graphql.arg({ type: graphql.String }) },
      async resolve(source: unknown, { locale }: { locale?: string | null }, context: Context) {
        const user = await context.query.User.findOne({ where: { id: context.session.itemId }, query: 'id jumioEnrollment' });
        const res = await fetch(`${JUMIO_EU}/api/authentication/v1/web/initiate`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: 'Basic ' + Buffer.from(process.env.JUMIO_CREDENTIALS!).toString('base64'),
          },
          body: JSON.stringify({ enrollmentTransactionReference: user.jumioEnrollment, userReference: user.id, locale: locale ?? 'en' }),
        });
        const json: any = await res.json();
        await context.db.FaceAuthentication.createOne({ data: { user: { connect: { id: user.id } }, reference: json.transactionReference } });
        return json.redirectUrl;
      },
    }),
  },
}));
