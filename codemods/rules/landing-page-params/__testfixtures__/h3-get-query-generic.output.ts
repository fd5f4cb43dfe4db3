// server/routes/kyc/return.get.ts — the identity check's success/error URL.
interface KycReturnQuery {
  acquisitionStatus?: 'SUCCESS' | 'ERROR';
  workflowExecutionId?: string;
  errorCode?: string;
}

export default defineEventHandler(async (event) => {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference, errorCode } = getQuery<KycReturnQuery>(event);
  if (transactionStatus === 'SUCCESS') {
    await useStorage('kyc').setItem(`ref:${event.context.user.id}`, transactionReference);
    return sendRedirect(event, '/account');
  }
  const query = getQuery<{ acquisitionStatus: string; workflowExecutionId: string }>(event);
  return sendRedirect(event, `/kyc?error=${errorCode ?? ''}&status=${query.acquisitionStatus}&ref=${query.workflowExecutionId}`);
});
