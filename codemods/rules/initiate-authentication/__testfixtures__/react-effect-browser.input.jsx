import React, { useEffect, useState } from 'react';
import axios from 'axios';

export function Verification({ enrollmentReference }) {
  const [url, setUrl] = useState(null);

  useEffect(() => {
    axios
      .post(
        'https://lon.netverify.com/api/authentication/v1/web/initiate',
        { enrollmentTransactionReference: enrollmentReference, callbackUrl: 'https://example.com/cb' },
        { auth: { username: process.env.JUMIO_TOKEN, password: process.env.JUMIO_SECRET } },
      )
      .then((res) => setUrl(res.data.redirectUrl));
  }, [enrollmentReference]);

  if (!url) return <p>Loading…</p>;
  return <iframe src={url} width="640" height="660" allow="camera;fullscreen" allowFullScreen />;
}
