import { Inngest } from 'inngest';
import { PlaidApi, Configuration, PlaidEnvironments } from 'plaid';

const inngest = new Inngest({ id: 'ledgerline' });
const plaid = new PlaidApi(new Configuration({ basePath: PlaidEnvironments.production }));

export const startIdentityVerification = inngest.createFunction(
  { id: 'plaid-idv-initiate' },
  { event: 'user/idv.requested' },
  async ({ event, step }) => {
    const idv = await step.run('create', async () => {
      const res = await plaid.identityVerificationCreate({
        is_shareable: true,
        template_id: process.env.PLAID_IDV_TEMPLATE!,
        gave_consent: true,
        user: { client_user_id: event.data.userId, email_address: event.data.email },
      });
      return res.data;
    });
    await step.run('notify', () =>
      inngest.send({ name: 'user/idv.link', data: { userReference: event.data.userId, redirectUrl: idv.shareable_url, transactionReference: idv.id } }),
    );
  },
);
