// kafkajs consumer (ESM, Node 20): the checkout publishes "3ds.challenge-finished" when a cardholder comes back from the
// issuer's challenge. This worker fetches the 3-D Secure authentication from the acquirer's 3DS server with undici's
// request() and publishes the decision for the payment service; kafkajs commits the offset once eachMessage resolves.
import { Kafka, logLevel } from 'kafkajs';
import { request } from 'undici';

const THREEDS_API = 'https://3ds.acquiring.northpay.example';
const THREEDS_BASIC = Buffer.from(`${process.env.NORTHPAY_3DS_KEY}:${process.env.NORTHPAY_3DS_SECRET}`).toString('base64');

const kafka = new Kafka({
  clientId: 'threeds-outcomes',
  brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(','),
  logLevel: logLevel.WARN,
});
const consumer = kafka.consumer({ groupId: 'threeds-outcomes' });
const producer = kafka.producer({ idempotent: true });

export async function start() {
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topics: ['3ds.challenge-finished'], fromBeginning: false });

  await consumer.run({
    eachMessage: async ({ topic, partition, message, heartbeat }) => {
      const { reference, paymentId } = JSON.parse(message.value.toString());
      const { statusCode, body } = await request(`${THREEDS_API}/api/v2/authentications/${encodeURIComponent(reference)}`, {
        method: 'GET',
        headers: {
          accept: 'application/json',
          authorization: `Basic ${THREEDS_BASIC}`,
          'user-agent': 'Northpay Checkout/7.2',
        },
      });
      if (statusCode !== 200) {
        await body.dump();
        throw new Error(`3DS authentication ${reference} answered ${statusCode} (${topic}/${partition})`);
      }

      const outcome = await body.json();
      await heartbeat();
      await producer.send({
        topic: 'payments.3ds-decided',
        messages: [
          {
            key: paymentId,
            value: JSON.stringify({
              paymentId,
              reference: outcome.transactionReference,
              eci: outcome.eci,
              authenticatedAt: outcome.transactionDate,
              approved: outcome.transactionResult === 'AUTHENTICATED',
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
