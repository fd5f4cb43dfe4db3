// AWS Lambda on an SQS queue (partial batch responses, TypeScript): the login service enqueues the reference of every
// face login that has not reported back within ten minutes. This consumer asks the US data centre for each outcome in
// parallel and stores it; a record that failed, or whose face login is not finished yet, goes back to the queue.
import type { SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import fetch from 'node-fetch';
import { markUserVerified, saveResult } from './store.js';

const JUMIO_AUTHORIZATION = 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

type PendingFaceLogin = { reference: string; requestedAt: string };

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const records: SQSRecord[] = event.Records;
  const settled: PromiseSettledResult<void>[] = await Promise.allSettled(
    records.map(async (record: SQSRecord): Promise<void> => {
      const pending = JSON.parse(record.body) as PendingFaceLogin;
      const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${pending.reference}`, {
        headers: {
          Accept: 'application/json',
          Authorization: JUMIO_AUTHORIZATION,
          'User-Agent': 'Summit Credit Union Logins/1.7',
        },
      });
      if (!res.ok) throw new Error(`retrieval of ${pending.reference} answered ${res.status}`);

      const details = await res.json();
      if (details.transactionResult === 'CREATED' || details.transactionResult === 'STARTED') {
        throw new Error(`face login ${pending.reference} is not finished yet`);
      }
      await saveResult(details.transactionReference, {
        result: details.transactionResult,
        completedAt: details.transactionDate,
        requestedAt: pending.requestedAt,
      });
      if (details.userReference) await markUserVerified(details.userReference, details.transactionResult === 'PASSED');
    }),
  );

  const batchItemFailures: SQSBatchItemFailure[] = [];
  settled.forEach((outcome, i) => {
    if (outcome.status === 'rejected') {
      console.warn('face login outcome not stored', records[i].messageId, outcome.reason);
      batchItemFailures.push({ itemIdentifier: records[i].messageId });
    }
  });
  return { batchItemFailures };
};
