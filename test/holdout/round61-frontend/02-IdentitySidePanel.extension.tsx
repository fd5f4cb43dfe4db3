// Side panel of the Hartsholme Trader browser extension (Manifest V3, chrome.sidePanel; sidepanel.html loads this
// bundle). Traders raise their order limits by verifying their identity here: the service worker initiates the
// Netverify transaction through our API and answers with the web client's URL; this panel frames the client and hands
// every event to the service worker (background/identity.ts), which owns the account state, sets the badge and tells
// the open trading tabs.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

// Any tenant prefix: the EU desk and the UK desk have their own white-label hosts.
const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

type Phase = 'starting' | 'running' | 'done' | 'failed';

function IdentitySidePanel() {
  const [frameUrl, setFrameUrl] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('starting');
  const [reference, setReference] = useState<string | null>(null);

  useEffect(() => {
    chrome.runtime
      .sendMessage({ type: 'identity/start' })
      .then((answer: { frameUrl: string }) => {
        setFrameUrl(answer.frameUrl);
        setPhase('running');
      })
      .catch(() => setPhase('failed'));
  }, []);

  useEffect(() => {
    function onFrameMessage(event: MessageEvent) {
      if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
      const data = JSON.parse(event.data);
      void chrome.runtime.sendMessage({ type: 'identity/event', event: data });
      if (data.payload.value === 'success') {
        setReference(data.transactionReference);
        setPhase('done');
      } else if (data.payload.value === 'error') {
        setPhase('failed');
      }
    }
    window.addEventListener('message', onFrameMessage);
    return () => window.removeEventListener('message', onFrameMessage);
  }, []);

  return (
    <main className="panel">
      <h1 className="panel__title">Verify your identity</h1>
      {phase === 'starting' && <p className="panel__note">Preparing the identity check…</p>}
      {phase === 'done' && (
        <p className="panel__note">
          Thanks, your new limits apply within a few minutes. Reference for our support team: <code>{reference}</code>
        </p>
      )}
      {phase === 'failed' && <p className="panel__note panel__note--error">The identity check did not finish. Reopen the panel to try again.</p>}
      {frameUrl && phase === 'running' && (
        <iframe className="panel__frame" src={frameUrl} title="Identity check" allow="camera;fullscreen" />
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<IdentitySidePanel />);
