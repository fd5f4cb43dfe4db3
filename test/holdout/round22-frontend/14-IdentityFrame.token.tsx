// Mobile-web flow: the back end hands us only the authorization token of the identity check, and the page builds the
// web client's address itself.
import { useState } from 'react';

export function IdentityFrame({ token, locale = 'en-GB' }: { token: string; locale?: string }) {
  const [loaded, setLoaded] = useState(false);
  return (
    <div className="identity-frame">
      {!loaded && <p className="identity-frame__loading">Loading…</p>}
      <iframe
        title="Identity verification"
        src={`https://acme.netverify.com/web/v4/app?locale=${locale}&authorizationToken=${encodeURIComponent(token)}`}
        onLoad={() => setLoaded(true)}
        width="100%"
        height="660"
        allow="camera;fullscreen"
        allowFullScreen
      />
    </div>
  );
}
