import React from 'react';

export function Verify({ token }: { token: string }) {
  return (
    <div className="verify">
      {/* TODO(netverify-migrate): legacy-endpoint: legacy Jumio web client acme.netverify.com/web/v4/app: the KYX web client URL is the account response's web.href (host *.web.<region>.jumio.ai); update embeds and origin checks */}
      <iframe src="https://acme.netverify.com/web/v4/app" title="Jumio" />
      <a
        /* TODO(netverify-migrate): legacy-endpoint: legacy Jumio Netverify endpoint lon.netverify.com/api/netverify/v2/acceptedIdTypes has no KYX rewrite in this tool: migrate it by hand (see MIGRATION.md) */
        href="https://lon.netverify.com/api/netverify/v2/acceptedIdTypes"
      >
        types
      </a>
    </div>
  );
}
