// Next.js app router: app/api/jumio/callback/route.ts
import { NextResponse } from 'next/server';
import { db } from './db';

export async function POST(request: Request) {
  const form = await request.formData();
  await db.authentication.update({
    where: { reference: String(form.get('transactionReference')) },
    data: { result: String(form.get('transactionResult')), source: String(form.get('scanSource')) },
  });
  return NextResponse.json({ ok: true });
}
