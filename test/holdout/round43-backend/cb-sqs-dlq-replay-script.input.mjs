#!/usr/bin/env node
// scripts/replay-face-login-dlq.mjs: drains the dead-letter queue of the face-login callback pipeline. The API
// gateway puts each Jumio authentication callback (the raw form body) on SQS; a message the consumer failed on three
// times lands in the DLQ. On-call runs this after an incident is fixed:
//
//   FACE_LOGIN_DLQ_URL=… node scripts/replay-face-login-dlq.mjs [--dry-run]
import { SQSClient, ReceiveMessageCommand, DeleteMessageBatchCommand } from '@aws-sdk/client-sqs';
import { settleFaceLogin } from './store.js';

const QUEUE_URL = process.env.FACE_LOGIN_DLQ_URL;
const dryRun = process.argv.includes('--dry-run');
const sqs = new SQSClient({ region: 'eu-west-2' });

async function drainOnce() {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: QUEUE_URL, MaxNumberOfMessages: 10, WaitTimeSeconds: 2, VisibilityTimeout: 60 }),
  );
  const replayed = [];
  for (const message of Messages) {
    const form = new URLSearchParams(message.Body);
    if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') {
      console.warn(`skipping ${message.MessageId}: not a face-login callback`);
      continue;
    }
    const outcome = {
      result: form.get('transactionResult'),
      enrolment: form.get('enrollmentTransactionReference'),
      decidedAt: form.get('transactionDate'),
      receivedAt: form.get('callbackDate'),
      member: form.get('userReference'),
    };
    if (dryRun) {
      console.log(form.get('transactionReference'), outcome);
      continue;
    }
    await settleFaceLogin(form.get('transactionReference'), outcome);
    replayed.push({ Id: message.MessageId, ReceiptHandle: message.ReceiptHandle });
  }
  if (replayed.length > 0) {
    await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: QUEUE_URL, Entries: replayed }));
  }
  return Messages.length;
}

let seen = 0;
for (let n = await drainOnce(); n > 0; n = await drainOnce()) seen += n;
console.log(`${dryRun ? 'dry run: read' : 'replayed from'} ${seen} message(s) of the face-login DLQ`);
