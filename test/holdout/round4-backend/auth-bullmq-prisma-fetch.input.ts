import { Worker } from 'bullmq';
import { PrismaClient } from '@prisma/client';
import IORedis from 'ioredis';

const prisma = new PrismaClient();
const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

const ENDPOINT = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const AUTHORIZATION = `Basic ${process.env.JUMIO_BASIC_AUTH}`;

type StartFaceCheck = { checkId: string };

new Worker<StartFaceCheck>(
  'start-face-check',
  async (job) => {
    const check = await prisma.faceCheck.findUniqueOrThrow({
      where: { id: job.data.checkId },
      include: { customer: true },
    });

    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { Authorization: AUTHORIZATION, 'Content-Type': 'application/json', 'User-Agent': 'Pelican Checks/2.4' },
      body: JSON.stringify({
        enrollmentTransactionReference: check.customer.jumioEnrollmentReference,
        userReference: check.customer.id,
        callbackUrl: `${process.env.WEBHOOK_BASE}/jumio`,
        tokenLifetimeInMinutes: 1440,
      }),
    });
    if (response.status !== 200) {
      throw new Error(`netverify answered ${response.status}`);
    }
    const body = (await response.json()) as { redirectUrl: string; transactionReference: string; timestamp: string };

    await prisma.faceCheck.update({
      where: { id: check.id },
      data: {
        status: 'PENDING',
        transactionReference: body.transactionReference,
        redirectUrl: body.redirectUrl,
        initiatedAt: new Date(body.timestamp),
      },
    });
  },
  { connection, concurrency: 5 },
);
