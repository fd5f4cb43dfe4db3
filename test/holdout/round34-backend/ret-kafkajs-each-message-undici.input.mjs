// kafkajs consumer (ESM, Node 20): the identity service publishes "face-login.finished" when a member comes back from
// the face login. This worker fetches the outcome from the EU data centre with undici's request() and publishes the
// decision for the session service; kafkajs commits the offset once eachMessage resolves.
import { Kafka, logLevel } from 'kafkajs';
import { request } from 'undici';

const JUMIO_EU = 'https://lon.netverify.com';
const JUMIO_BASIC = Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64');

const kafka = new Kafka({
  clientId: 'face-login-outcomes',
  brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
  logLevel: logLevel.WARN,
});
const consumer = kafka.consumer({ groupId: 'face-login-outcomes' });
const producer = kafka.producer({ idempotent: true });

export async function start() {
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topics: ['face-login.finished'], fromBeginning: false });

  await consumer.run({
    eachMessage: async ({ topic, partition, message, heartbeat }) => {
      const { reference, sessionId } = JSON.parse(message.value.toString());
      const { statusCode, body } = await request(`${JUMIO_EU}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
        method: 'GET',
        headers: {
          accept: 'application/json',
          authorization: `Basic ${JUMIO_BASIC}`,
          'user-agent': 'Nordlicht Bank Sessions/2.8',
        },
      });
      if (statusCode !== 200) {
        await body.dump();
        throw new Error(`authentication ${reference} answered ${statusCode} (${topic}/${partition})`);
      }

      const outcome = await body.json();
      await heartbeat();
      await producer.send({
        topic: 'face-login.decided',
        messages: [
          {
            key: sessionId,
            value: JSON.stringify({
              sessionId,
              reference: outcome.transactionReference,
              member: outcome.userReference,
              approved: outcome.transactionResult === 'PASSED',
            }),
          },
        ],
      });
    },
  });
}

export async function stop() {
  await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
}
