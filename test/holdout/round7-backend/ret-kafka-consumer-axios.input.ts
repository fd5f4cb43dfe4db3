import { Kafka } from 'kafkajs';
import axios from 'axios';
import { saveAuthenticationResult } from './store.js';

const kafka = new Kafka({ clientId: 'face-auth-poller', brokers: ['kafka:9092'] });
const consumer = kafka.consumer({ groupId: 'face-auth-poller' });

export async function run() {
  await consumer.connect();
  await consumer.subscribe({ topic: 'face-auth.started' });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const reference = message.key!.toString();
      const { data } = await axios.get(`https://lon.netverify.com/api/netverify/v2/authentications/${reference}`, {
        auth: { username: process.env.JUMIO_TOKEN!, password: process.env.JUMIO_SECRET! },
        headers: { Accept: 'application/json', 'User-Agent': 'Example Poller/1.0' },
      });
      await saveAuthenticationResult(reference, {
        result: data.transactionResult,
        at: data.transactionDate,
        user: data.userReference,
      });
    },
  });
}
