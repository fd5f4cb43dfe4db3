import { Kafka } from 'kafkajs';
import { saveAuthenticationResult } from './store.js';

interface KyxCallback {
  callbackSentAt: string;
  userReference?: string;
  workflowExecution: { id: string; href: string; definitionKey: string; status: 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED' };
  account: { id: string; href: string };
}

const consumer = new Kafka({ clientId: 'kyc', brokers: ['kafka:9092'] }).consumer({ groupId: 'kyx-callbacks' });

export async function startKyxCallbackConsumer() {
  await consumer.connect();
  await consumer.subscribe({ topic: 'webhooks.jumio.kyx' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const callback = JSON.parse(message.value?.toString() ?? '{}') as KyxCallback;
      if (callback.workflowExecution.definitionKey !== '9') return;
      await saveAuthenticationResult(callback.workflowExecution.id, {
        account: callback.account.id,
        status: callback.workflowExecution.status,
        user: callback.userReference,
      });
    },
  });
}
