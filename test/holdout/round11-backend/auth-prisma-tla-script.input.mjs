// One-off ESM script (top-level await): start a face login for every user flagged for re-authentication and store it.
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const credentials = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

const users = await prisma.user.findMany({ where: { needsReauth: true }, select: { id: true, jumioEnrollment: true } });

for (const user of users) {
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Basic ${credentials}` },
    body: JSON.stringify({ enrollmentTransactionReference: user.jumioEnrollment, userReference: user.id, tokenLifetimeInMinutes: 4320 }),
  });
  const started = await res.json();
  await prisma.faceAuth.create({ data: { userId: user.id, reference: started.transactionReference, link: started.redirectUrl } });
}

await prisma.$disconnect();
