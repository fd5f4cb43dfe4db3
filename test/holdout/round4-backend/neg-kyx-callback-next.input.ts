// app/api/jumio/callback/route.ts — KYX callbacks (JSON)
import { NextResponse } from 'next/server';
import { enqueueRetrieval } from '@/lib/jobs';

type KyxCallback = {
  callbackSentAt: string;
  userReference?: string;
  workflowExecution: { id: string; href: string; definitionKey: string; status: string };
  account: { id: string; href: string };
};

export async function POST(request: Request) {
  const body = (await request.json()) as KyxCallback;
  if (body.workflowExecution.definitionKey !== '9') return NextResponse.json({ ignored: true });
  await enqueueRetrieval({ accountId: body.account.id, workflowExecutionId: body.workflowExecution.id, status: body.workflowExecution.status });
  return NextResponse.json({ ok: true });
}
