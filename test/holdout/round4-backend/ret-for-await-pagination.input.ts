import axios from 'axios';
import { PrismaClient, type FaceAuth } from '@prisma/client';

const prisma = new PrismaClient();
const PAGE = 100;

async function* pendingAuthentications(): AsyncGenerator<FaceAuth> {
  let cursor: string | undefined;
  for (;;) {
    const page = await prisma.faceAuth.findMany({
      where: { status: 'PENDING' },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
    });
    if (page.length === 0) return;
    yield* page;
    cursor = page[page.length - 1].id;
  }
}

export async function reconcile(): Promise<number> {
  let settled = 0;
  for await (const auth of pendingAuthentications()) {
    const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${auth.jumioReference}`, {
      auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
      headers: { 'User-Agent': 'Ledgerline Reconciler/1.0' },
    });
    if (data.transactionResult === 'PASSED' || data.transactionResult === 'FAILED') {
      await prisma.faceAuth.update({
        where: { id: auth.id },
        data: { status: data.transactionResult, completedAt: new Date(data.transactionDate) },
      });
      settled++;
    }
  }
  return settled;
}
