// src/pages/kyc/done.jsx — Gatsby page: the identity check (Netverify) redirects here with its query parameters.
import * as React from 'react';

export default function KycDonePage({ location: { search } }) {
  const params = new URLSearchParams(search);
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  return status === 'SUCCESS'
    ? <p>Identity verified (reference {reference})</p>
    : <p>Identity check failed{params.get('errorCode') ? ` (${params.get('errorCode')})` : ''}</p>;
}

export const Head = () => <title>Identity check</title>;
