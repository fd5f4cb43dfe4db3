// Keystone 6 list: creating a Customer starts its ID verification (afterOperation hook, EU).
import { list } from '@keystone-6/core';
import { allowAll } from '@keystone-6/core/access';
import { text, timestamp } from '@keystone-6/core/fields';

const JUMIO_V4 = 'https://lon.netverify.com/api/v4';

export const Customer = list({
  access: allowAll,
  fields: {
    name: text(),
    email: text(),
    jumioUrl: text(),
    jumioReference: text(),
    createdAt: timestamp({ defaultValue: { kind: 'now' } }),
  },
  hooks: {
    afterOperation: async ({ operation, item, context }: any) => {
      if (operation !== 'create') return;
      const res = await fetch(`${JUMIO_V4}/initiate`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Basic ${Buffer.from(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`).toString('base64')}`,
        },
        body: JSON.stringify({ customerInternalReference: item.id, userReference: item.email, workflowId: 202 }),
      });
      const started = (await res.json()) as { redirectUrl: string; transactionReference: string };
      await context.sudo().db.Customer.updateOne({
        where: { id: item.id },
        data: { jumioUrl: started.redirectUrl, jumioReference: started.transactionReference },
      });
    },
  },
});
