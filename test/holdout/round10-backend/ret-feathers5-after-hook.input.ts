// Feathers 5 after-hook on the face-auth service: completes the record with the Jumio result (EU).
import axios from 'axios';
import type { HookContext } from '@feathersjs/feathers';

const NV_AUTHENTICATIONS = 'https://lon.netverify.com/api/netverify/v2/authentications';

export const withJumioResult = async (context: HookContext) => {
  const reference: string = context.result.reference;
  const { data } = await axios.get<{ transactionReference: string; transactionResult: string; userReference?: string }>(
    `${NV_AUTHENTICATIONS}/${reference}`,
    { auth: { username: process.env.JUMIO_API_TOKEN ?? '', password: process.env.JUMIO_API_SECRET ?? '' } },
  );
  context.result = { ...context.result, result: data.transactionResult, user: data.userReference };
  return context;
};
