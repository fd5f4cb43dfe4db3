// Face login for Wrenfield Savings online banking (vanilla TypeScript, bundled with esbuild). Before a member changes
// their sign-in details we ask for a face login: our API starts a Netverify authentication against the selfie of their
// onboarding and answers with the web client's URL, which opens in a popup (online banking also runs inside the
// Wrenfield partner portal's iframe, where browsers keep the camera off). Jumio sends the popup back to
// /online/face-login/done (successUrl and errorUrl), an empty page of ours: as soon as the popup is back on our origin
// this window can read its address, takes the outcome from the query and closes it. Nothing is posted back from the
// popup: the web client only posts its events to a page that frames it.

export type FaceLoginOutcome =
  | { kind: 'confirmed'; reference: string }
  | { kind: 'refused'; reference: string | null; errorCode: string | null; tryAgainTomorrow: boolean }
  | { kind: 'abandoned' };

const DONE_PATH = '/online/face-login/done';
const POPUP_NAME = 'wrenfield-face-login';
const POPUP_FEATURES = 'popup,width=540,height=780,left=120,top=60';
const POLL_MS = 300;

async function createFaceLoginSession(memberId: string): Promise<string> {
  const res = await fetch('/api/face-login/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ memberId }),
  });
  if (!res.ok) throw new Error(`Face login session failed: ${res.status}`);
  const { redirectUrl } = (await res.json()) as { redirectUrl: string };
  return redirectUrl;
}

/** The popup's address once it is back on our origin; null while it shows the web client (another origin). */
function sameOriginHref(popup: Window): string | null {
  try {
    // Reading a cross-origin window's location throws a SecurityError.
    return popup.location.href;
  } catch {
    return null;
  }
}

export async function runFaceLogin(memberId: string): Promise<FaceLoginOutcome> {
  // Open first and navigate once the API answers: a popup opened after an await is blocked by most browsers.
  const popup = window.open('about:blank', POPUP_NAME, POPUP_FEATURES);
  if (!popup) throw new Error('Please allow popups for online banking to use face login.');
  try {
    popup.location.href = await createFaceLoginSession(memberId);
  } catch (err) {
    popup.close();
    throw err;
  }

  return new Promise<FaceLoginOutcome>((resolve) => {
    const timer = window.setInterval(() => {
      if (popup.closed) {
        window.clearInterval(timer);
        resolve({ kind: 'abandoned' });
        return;
      }
      const href = sameOriginHref(popup);
      if (!href || !href.startsWith(`${window.location.origin}${DONE_PATH}`)) return;
      window.clearInterval(timer);
      popup.close();

      const query = new URL(href).searchParams;
      const status = query.get('transactionStatus');
      const reference = query.get('transactionReference');
      const errorCode = query.get('errorCode');
      if (status === 'SUCCESS' && reference) {
        resolve({ kind: 'confirmed', reference });
      } else {
        resolve({ kind: 'refused', reference, errorCode, tryAgainTomorrow: errorCode === '9836' });
      }
    }, POLL_MS);
  });
}
