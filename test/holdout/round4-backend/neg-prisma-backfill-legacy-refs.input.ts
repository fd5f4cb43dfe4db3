// One-off backfill: copy legacy Jumio references into the new face_auth table.
// The legacy rows came from GET https://netverify.com/api/netverify/v2/authentications/<ref> (retired).
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

async function main() {
  const legacy = await prisma.legacyFaceAuth.findMany({ select: { id: true, transactionReference: true, redirectUrl: true, result: true } });
  for (const row of legacy) {
    await prisma.faceAuth.upsert({
      where: { legacyReference: row.transactionReference },
      update: {},
      create: { legacyReference: row.transactionReference, status: row.result ?? 'UNKNOWN', source: 'netverify' },
    });
  }
  console.log(`backfilled ${legacy.length} rows`);
}

main().finally(() => prisma.$disconnect());
