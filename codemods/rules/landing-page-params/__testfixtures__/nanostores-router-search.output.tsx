// @nanostores/router: the verification return route reads the page's search object.
import { createRouter, createSearchParams } from '@nanostores/router';
import { useStore } from '@nanostores/react';

export const $router = createRouter({ home: '/', kycDone: '/kyc/done' });
export const $searchParams = createSearchParams();

export function KycDone() {
  const page = useStore($router);
  const status = page?.search.acquisitionStatus;
  return status === 'SUCCESS' ? <p>Identity verified: {page?.search.workflowExecutionId}</p> : <p>Failed</p>;
}

export function KycBanner() {
  const { acquisitionStatus: transactionStatus, workflowExecutionId: transactionReference } = useStore($searchParams);
  return transactionStatus === 'SUCCESS' ? <small>Verified ({transactionReference})</small> : null;
}
