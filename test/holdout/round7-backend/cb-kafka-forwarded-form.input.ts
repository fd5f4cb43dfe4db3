// The public webhook endpoint only puts the raw form body of Jumio's callback on Kafka; this consumer processes it.
import { Kafka } from 'kafkajs';
import { saveAuthenticationResult } from './store.js';

const consumer = new Kafka({ clientId: 'kyc', brokers: ['kafka:9092'] }).consumer({ groupId: 'jumio-callbacks' });

export async function startJumioCallbackConsumer() {
  await consumer.connect();
  await consumer.subscribe({ topic: 'webhooks.jumio' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const form = new URLSearchParams(message.value?.toString() ?? '');
      if (form.get('callBackType') !== 'NETVERIFY_AUTHENTICATION') return;
      await saveAuthenticationResult(form.get('transactionReference')!, {
        enrollment: form.get('enrollmentTransactionReference'),
        passed: form.get('transactionResult') === 'PASSED',
        faceImage: form.get('idScanImageFace'),
        liveness: JSON.parse(form.get('livenessImages') ?? '[]'),
      });
    },
  });
}
