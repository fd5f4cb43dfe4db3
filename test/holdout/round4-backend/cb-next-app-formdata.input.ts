// app/api/jumio/callback/route.ts
import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function POST(req: NextRequest) {
  const form = await req.formData();
  const reference = form.get('transactionReference')?.toString();
  const enrollment = form.get('enrollmentTransactionReference')?.toString();
  const result = form.get('transactionResult')?.toString();
  if (!reference || !result) {
    return NextResponse.json({ error: 'bad callback' }, { status: 400 });
  }
  await prisma.faceAuthentication.update({
    where: { jumioReference: reference },
    data: { result, enrollmentReference: enrollment, completedAt: new Date() },
  });
  return new NextResponse(null, { status: 200 });
}
