// Inngest function (SG): the enrolment is one step (ky, no workflowId), the link mailed in another.
import { Inngest } from 'inngest';
import ky from 'ky';
import { sendKycLink } from './mailer.js';

export const inngest = new Inngest({ id: 'acme-sg' });

export const startKyc = inngest.createFunction({ id: 'start-kyc' }, { event: 'customer/registered' }, async ({ event, step }: any) => {
  const started = await step.run('jumio-initiate', () =>
    ky
      .post('https://core-sgp.jumio.com/api/v4/initiate', {
        json: { customerInternalReference: event.data.customerId, userReference: event.data.customerId, locale: 'zh-CN' },
        headers: { Authorization: 'Basic ' + btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`) },
      })
      .json<{ redirectUrl: string; transactionReference: string }>(),
  );
  await step.run('mail-link', () => sendKycLink(event.data.email, started.redirectUrl));
  return { scanReference: started.transactionReference };
});
