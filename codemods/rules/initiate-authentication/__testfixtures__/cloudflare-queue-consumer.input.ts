// A Cloudflare Worker's queue consumer starts the face logins the app enqueued: migrated, with the nodejs_compat item.
interface Env {
  JUMIO_TOKEN: string;
  JUMIO_SECRET: string;
  RESULTS: KVNamespace;
}

export default {
  queue: async (batch: MessageBatch<{ enrollment: string; userId: string }>, env: Env) => {
    for (const msg of batch.messages) {
      const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${env.JUMIO_TOKEN}:${env.JUMIO_SECRET}`)}` },
        body: JSON.stringify({ enrollmentTransactionReference: msg.body.enrollment, userReference: msg.body.userId }),
      });
      const out = (await res.json()) as { redirectUrl: string };
      await env.RESULTS.put(msg.body.userId, out.redirectUrl);
      msg.ack();
    }
  },
};
