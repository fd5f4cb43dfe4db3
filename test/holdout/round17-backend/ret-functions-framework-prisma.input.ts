// A Google Cloud Function (functions-framework http, EU) that Cloud Scheduler calls: pending face logins read with
// Prisma, each outcome retrieved with axios and written back by its reference.
import * as ff from '@google-cloud/functions-framework';
import axios from 'axios';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

ff.http('sweepFaceLogins', async (_req: any, res: any) => {
  const pending = await prisma.faceLogin.findMany({ where: { result: null }, take: 50 });
  for (const row of pending) {
    const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${row.reference}`, {
      auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
      headers: { Accept: 'application/json', 'User-Agent': 'Acme Sweeper/2.0' },
    });
    await prisma.faceLogin.update({
      where: { reference: data.transactionReference },
      data: { result: data.transactionResult, userRef: data.userReference, checkedAt: new Date() },
    });
  }
  res.status(204).send();
});
