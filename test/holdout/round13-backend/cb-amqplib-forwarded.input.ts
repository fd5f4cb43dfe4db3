// A RabbitMQ consumer (amqplib): the edge proxy forwards Jumio's raw form body; fields read with URLSearchParams.
import amqp from 'amqplib';
import { saveResult } from './store.js';

export async function consumeFaceLoginCallbacks(): Promise<void> {
  const connection = await amqp.connect(process.env.AMQP_URL!);
  const channel = await connection.createChannel();
  await channel.assertQueue('identity.face-login.callbacks', { durable: true });
  await channel.consume('identity.face-login.callbacks', async (msg) => {
    if (!msg) return;
    const form = new URLSearchParams(msg.content.toString('utf8'));
    if (form.get('callBackType') === 'NETVERIFY_AUTHENTICATION') {
      await saveResult(form.get('transactionReference')!, {
        result: form.get('transactionResult'),
        face: form.get('idScanImageFace'),
      });
    }
    channel.ack(msg);
  });
}
