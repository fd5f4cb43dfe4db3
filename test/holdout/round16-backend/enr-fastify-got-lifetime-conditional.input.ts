// Fastify (EU): got, ID-only (workflowId 100); the token lifetime is a conditional of a literal and arithmetic.
import Fastify from 'fastify';
import got from 'got';

const app = Fastify();

app.post('/onboarding/start', async (req: any, reply: any) => {
  const { customerId, express } = req.body as { customerId: string; express?: boolean };
  const body = await got
    .post('https://lon.netverify.com/api/v4/initiate', {
      json: {
        customerInternalReference: customerId,
        userReference: customerId,
        workflowId: 100,
        tokenLifetimeInMinutes: express ? 15 : 60 * 24,
        successUrl: 'https://onboarding.acme.eu/done',
      },
      username: process.env.JUMIO_API_TOKEN,
      password: process.env.JUMIO_API_SECRET,
    })
    .json<{ redirectUrl: string; transactionReference: string }>();
  return reply.send({ url: body.redirectUrl, reference: body.transactionReference });
});

export default app;
