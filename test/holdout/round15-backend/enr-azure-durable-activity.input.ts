// Azure Durable Functions v3 (node programming model v4), an activity of the onboarding orchestration (EU).
import * as df from 'durable-functions';
import axios from 'axios';

df.app.activity('startIdVerification', {
  handler: async (input: { customerId: string; locale: string }) => {
    const res = await axios.post('https://lon.netverify.com/api/v4/initiate', {
      customerInternalReference: input.customerId,
      workflowId: 202,
      locale: input.locale,
      tokenLifetimeInMinutes: 2880,
    }, { headers: { Authorization: `Basic ${process.env.JUMIO_BASIC}` } });
    return { link: res.data.redirectUrl, scanReference: res.data.transactionReference };
  },
});
