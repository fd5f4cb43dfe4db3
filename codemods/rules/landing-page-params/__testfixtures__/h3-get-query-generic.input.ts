// server/routes/kyc/return.get.ts — the identity check's success/error URL.
interface KycReturnQuery {
  transactionStatus?: 'SUCCESS' | 'ERROR';
  transactionReference?: string;
  errorCode?: string;
}

export default defineEventHandler(async (event) => {
  const { transactionStatus, transactionReference, errorCode } = getQuery<KycReturnQuery>(event);
  if (transactionStatus === 'SUCCESS') {
    await useStorage('kyc').setItem(`ref:${event.context.user.id}`, transactionReference);
    return sendRedirect(event, '/account');
  }
  const query = getQuery<{ transactionStatus: string; transactionReference: string }>(event);
  return sendRedirect(event, `/kyc?error=${errorCode ?? ''}&status=${query.transactionStatus}&ref=${query.transactionReference}`);
});
