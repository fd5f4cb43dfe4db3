// Harbor Credit Union member app API (US): a new phone is trusted only after the member confirms it with a selfie
// against the ID check from account opening. Fastify plugin, registered under /v2 by the app.
import type { FastifyInstance } from 'fastify';
import { PrismaClient } from '@prisma/client';
import { findMemberForDevice } from './store.js';

const prisma = new PrismaClient();

const INITIATE_URL = 'https://netverify.com/api/authentication/v1/web/initiate';
const BASIC = Buffer.from(`${process.env.NV_API_TOKEN}:${process.env.NV_API_SECRET}`).toString('base64');

type FaceLoginStarted = {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
};

export default async function deviceTrustRoutes(app: FastifyInstance) {
  app.post('/devices/:deviceId/trust/face-login', async (request: any, reply: any) => {
    const { deviceId } = request.params as { deviceId: string };
    const member = await findMemberForDevice(deviceId);
    if (!member) return reply.code(404).send({ error: 'unknown device' });

    const res = await fetch(INITIATE_URL, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: `Basic ${BASIC}`,
        'User-Agent': 'HarborCU-MemberApp/9.1',
      },
      body: JSON.stringify({
        enrollmentTransactionReference: member.netverifyEnrollment,
        userReference: member.memberNumber,
        successUrl: `https://app.harborcu.example/devices/${deviceId}/trusted`,
        errorUrl: `https://app.harborcu.example/devices/${deviceId}/not-trusted`,
        callbackUrl: 'https://api.harborcu.example/hooks/face-login',
        tokenLifetimeInMinutes: 30,
      }),
    });
    if (!res.ok) {
      request.log.warn({ status: res.status }, 'face login initiate failed');
      return reply.code(502).send({ error: 'face login unavailable' });
    }

    const { redirectUrl, transactionReference, timestamp } = (await res.json()) as FaceLoginStarted;

    // The table predates this app: its fields are named after the vendor's answer (mapped to snake case in
    // schema.prisma), and the fraud team's queries use them.
    await prisma.deviceFaceLogin.create({
      data: {
        deviceId,
        memberNumber: member.memberNumber,
        transactionReference,
        redirectUrl,
        startedAt: new Date(timestamp),
      },
    });

    return reply.code(201).send({ next: redirectUrl });
  });

  app.delete('/devices/:deviceId/trust/face-login/:reference', async (request: any, reply: any) => {
    const { deviceId, reference } = request.params as { deviceId: string; reference: string };
    await prisma.deviceFaceLogin.deleteMany({
      where: { deviceId, transactionReference: reference },
    });
    return reply.code(204).send();
  });
}
