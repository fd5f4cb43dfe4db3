import React from 'react';

export function Verify({ token }: { token: string }) {
  return (
    <div className="verify">
      <iframe src="https://acme.netverify.com/web/v4/app" title="Jumio" />
      <a
        href="https://lon.netverify.com/api/netverify/v2/acceptedIdTypes"
      >
        types
      </a>
    </div>
  );
}
