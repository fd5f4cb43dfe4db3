import * as React from 'react';
import { Link } from 'gatsby';
import Layout from '../components/layout';

// src/pages/verify-done.jsx — Jumio sends the user back here with ?transactionStatus=…&transactionReference=…
const VerifyDonePage = ({ location }) => {
  const params = new URLSearchParams(location.search);
  const ok = params.get('transactionStatus') === 'SUCCESS';
  const reference = params.get('transactionReference');

  return (
    <Layout>
      {ok ? (
        <p>
          Thanks, we received your verification <code>{reference}</code>.
        </p>
      ) : (
        <p>
          Verification failed (code {params.get('errorCode') || 'n/a'}). <Link to="/verify">Try again</Link>
        </p>
      )}
    </Layout>
  );
};

export const Head = () => <title>Verification complete</title>;

export default VerifyDonePage;
