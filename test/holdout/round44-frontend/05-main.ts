// Entry of the onboarding page (Vite, vanilla TypeScript). The page's markup (onboarding.html) holds the identity
// frame, hidden; this module points it at the session our back end starts and listens to the frame's events.
import './styles/onboarding.css';
import { IDENTITY_PRECONNECT_ORIGINS, onIdentityFrameMessage, startIdentitySession } from './05-identity';

const frame = document.getElementById('identity-frame') as HTMLIFrameElement;
const startButton = document.getElementById('identity-start') as HTMLButtonElement;
const restartButton = document.getElementById('identity-restart') as HTMLButtonElement;

let pending: AbortController | null = null;

function preconnect(): void {
  for (const origin of IDENTITY_PRECONNECT_ORIGINS) {
    const link = document.createElement('link');
    link.rel = 'preconnect';
    link.href = origin;
    document.head.append(link);
  }
}

async function openIdentityStep(): Promise<void> {
  pending?.abort();
  pending = new AbortController();
  startButton.disabled = true;
  try {
    const session = await startIdentitySession(pending.signal);
    frame.setAttribute('allow', 'camera;fullscreen');
    frame.src = session.frameUrl;
    frame.hidden = false;
    window.addEventListener('message', onIdentityFrameMessage);
  } catch (err) {
    if ((err as Error).name !== 'AbortError') {
      console.error('[onboarding] could not start the identity step', err);
      startButton.disabled = false;
    }
  }
}

function closeIdentityStep(): void {
  window.removeEventListener('message', onIdentityFrameMessage);
  frame.src = 'about:blank';
  frame.hidden = true;
}

preconnect();
startButton.addEventListener('click', () => void openIdentityStep());
restartButton.addEventListener('click', () => {
  closeIdentityStep();
  restartButton.hidden = true;
  void openIdentityStep();
});
window.addEventListener('pagehide', closeIdentityStep);
