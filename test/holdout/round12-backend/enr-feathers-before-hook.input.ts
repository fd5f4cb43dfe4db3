// Feathers 5 `before: create` hook of the customers service: the v4 initiate through axios (US), results on context.data.
import axios from 'axios';
import type { HookContext } from '@feathersjs/feathers';

export const startIdVerification = async (context: HookContext) => {
  const { id, email } = context.data;
  const res = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference: id,
    userReference: id,
    workflowId: 200,
    successUrl: 'https://app.acme-crypto.example/onboarding/done',
  }, {
    auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
    headers: { 'User-Agent': 'Acme Crypto/5.5' },
  });
  context.data.jumioScanReference = res.data.transactionReference;
  context.data.jumioUrl = res.data.redirectUrl;
  context.app.emit('kyc-started', { email });
  return context;
};
