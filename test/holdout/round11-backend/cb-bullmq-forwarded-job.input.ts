// The webhook only enqueues the raw form; this BullMQ processor handles the legacy authentication callback fields.
import { Worker, type Job } from 'bullmq';
import { saveResult } from './store';

interface JumioCallbackJob {
  callBackType: string;
  transactionReference: string;
  enrollmentTransactionReference: string;
  transactionResult: string;
  idScanImageFace?: string;
}

export async function processJumioCallback(job: Job<JumioCallbackJob>) {
  const { callBackType, transactionReference, enrollmentTransactionReference, transactionResult, idScanImageFace } = job.data;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') return;
  await saveResult(transactionReference, { enrollment: enrollmentTransactionReference, result: transactionResult, face: idScanImageFace });
}

export const worker = new Worker<JumioCallbackJob>('jumio-callbacks', processJumioCallback, { connection: { host: 'redis' } });
