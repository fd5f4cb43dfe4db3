import type { PageLoad } from './$types';

// Jumio sends the user back here after the identity check (successUrl and errorUrl both point at /kyc/done).
export const load: PageLoad = ({ url }) => {
  const params = Object.fromEntries(url.searchParams);

  if (params.transactionStatus === 'SUCCESS') {
    return {
      ok: true,
      reference: params.transactionReference ?? null,
    };
  }

  const code = Number(params.errorCode ?? 0);
  return {
    ok: false,
    reference: params.transactionReference ?? null,
    // 9836 = the user failed three times, no point offering a retry
    canRetry: code !== 9836,
    code,
  };
};
