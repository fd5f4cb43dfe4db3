// p-limit (SG): a batch of invitations, three at a time; each limited task reads its own response.
import pLimit from 'p-limit';
import got from 'got';
import { db } from './db.js';

const limit = pLimit(3);

export async function inviteAll(customers) {
  return Promise.all(customers.map((c) => limit(async () => {
    const body = await got
      .post('https://core-sgp.jumio.com/api/v4/initiate', {
        json: { customerInternalReference: c.id, userReference: c.email, workflowId: 200 },
        headers: { authorization: `Basic ${process.env.JUMIO_BASIC}` },
      })
      .json();
    await db.invites.insert({ customerId: c.id, scanReference: body.transactionReference });
    return { id: c.id, link: body.redirectUrl };
  })));
}
