// Cloudflare Worker queue consumer (US): face-login jobs start the legacy authentication; the links go to KV.
interface FaceLoginJob {
  userId: string;
  enrollment: string;
}
interface Env {
  JUMIO_API_TOKEN: string;
  JUMIO_API_SECRET: string;
  FACE_LINKS: { put(key: string, value: string, opts?: { expirationTtl: number }): Promise<void> };
}
interface QueueMessage<T> {
  body: T;
  ack(): void;
  retry(): void;
}
interface MessageBatch<T> {
  messages: readonly QueueMessage<T>[];
}
interface ExportedHandler<E> {
  queue?(batch: MessageBatch<FaceLoginJob>, env: E): Promise<void>;
}

export default {
  async queue(batch, env) {
    for (const msg of batch.messages) {
      const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: {
          Authorization: 'Basic ' + btoa(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`),
          'Content-Type': 'application/json',
          'User-Agent': 'Acme Edge/1.0',
        },
        body: JSON.stringify({ enrollmentTransactionReference: msg.body.enrollment, userReference: msg.body.userId }),
      });
      if (!res.ok) {
        msg.retry();
        continue;
      }
      const out = (await res.json()) as { redirectUrl: string; transactionReference: string };
      await env.FACE_LINKS.put(msg.body.userId, JSON.stringify({ url: out.redirectUrl, ref: out.transactionReference }), { expirationTtl: 1800 });
      msg.ack();
    }
  },
} satisfies ExportedHandler<Env>;
