// Prisma interactive transaction (EU): the enrolment (workflowId 202) is started inside $transaction and its
// reference written through tx.
import axios from 'axios';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function openKycCase(customerId: string): Promise<string> {
  return prisma.$transaction(async (tx: any) => {
    const res = await axios.post(
      'https://lon.netverify.com/api/v4/initiate',
      {
        customerInternalReference: customerId,
        userReference: customerId,
        workflowId: 202,
        callbackUrl: 'https://kyc.acme.eu/hooks/idv',
      },
      { auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! } },
    );
    await tx.kycCase.create({ data: { customerId, scanReference: res.data.transactionReference, link: res.data.redirectUrl } });
    return res.data.redirectUrl;
  });
}
