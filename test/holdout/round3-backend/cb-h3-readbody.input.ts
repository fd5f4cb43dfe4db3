import { defineEventHandler, readBody, setResponseStatus } from 'h3';
import { useStorage } from '#imports';

export default defineEventHandler(async (event) => {
  const body = await readBody<Record<string, string>>(event);
  if (body.callBackType !== 'NETVERIFY_AUTHENTICATION') {
    setResponseStatus(event, 202);
    return 'ignored';
  }
  await useStorage('auth').setItem(body.transactionReference, {
    result: body.transactionResult,
    date: body.transactionDate,
  });
  return 'OK';
});
