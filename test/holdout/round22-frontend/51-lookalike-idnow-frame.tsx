// Mobile-web flow: the back end hands us only the IDnow ident id, and the page builds the IDnow web app's address itself.
import { useState } from 'react';

export function IdentityFrame({ identId, locale = 'en' }: { identId: string; locale?: string }) {
  const [loaded, setLoaded] = useState(false);
  return (
    <div className="identity-frame">
      {!loaded && <p className="identity-frame__loading">Loading…</p>}
      <iframe
        title="Identity verification"
        src={`https://go.idnow.de/acme/identifications/${encodeURIComponent(identId)}/identification/start?lang=${locale}`}
        onLoad={() => setLoaded(true)}
        width="100%"
        height="660"
        allow="camera;fullscreen"
        allowFullScreen
      />
    </div>
  );
}
