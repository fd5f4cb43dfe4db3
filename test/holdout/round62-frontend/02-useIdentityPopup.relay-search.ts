// Identity re-check for the Castlegate Pensions member portal (Vue 3, Vue Router 4). Before a member changes the
// email address or phone number on their pension account, the Netverify web client opens in a popup window named
// after this composable; Jumio sends that window back to /portal/identity/return (successUrl and errorUrl), a route of
// this same app. IdentityReturn.vue calls relayToOpener() on mount: inside our popup it hands the page's query string
// to the window that opened it and closes; anywhere else it does nothing and the route shows its own outcome.
// useIdentityPopup() is the opener's half, used by the contact details form.
import { onBeforeUnmount, ref } from 'vue';

const WINDOW_NAME = 'castlegate-identity';
const RELAY_TYPE = 'castlegate:identity-return';

interface ReturnRelay {
  type: typeof RELAY_TYPE;
  search: string;
}

export type IdentityPopupState = 'idle' | 'open' | 'verified' | 'failed' | 'closed';

/** Popup half, called by IdentityReturn.vue: true when the query went to the opener (this window is closing). */
export function relayToOpener(): boolean {
  if (window.name !== WINDOW_NAME || !window.opener) return false;
  const relay: ReturnRelay = { type: RELAY_TYPE, search: window.location.search };
  window.opener.postMessage(relay, window.location.origin);
  window.close();
  return true;
}

/** Opener half: open(redirectUrl) with the URL our API answered for the re-check. */
export function useIdentityPopup() {
  const state = ref<IdentityPopupState>('idle');
  const reference = ref<string | null>(null);
  const errorCode = ref<string | null>(null);
  let popup: Window | null = null;
  let closedPoll = 0;

  function onMessage(event: MessageEvent<ReturnRelay>) {
    if (event.origin !== window.location.origin) return;
    if (event.data?.type !== RELAY_TYPE) return;
    const { transactionStatus, transactionReference, errorCode: code } = Object.fromEntries(new URLSearchParams(event.data.search));
    reference.value = transactionReference ?? null;
    errorCode.value = code ?? null;
    state.value = transactionStatus === 'SUCCESS' ? 'verified' : 'failed';
    stop();
  }

  function stop() {
    window.removeEventListener('message', onMessage);
    window.clearInterval(closedPoll);
    popup = null;
  }

  function open(redirectUrl: string) {
    popup = window.open(redirectUrl, WINDOW_NAME, 'popup,width=600,height=800');
    if (!popup) {
      state.value = 'failed';
      errorCode.value = 'popup-blocked';
      return;
    }
    state.value = 'open';
    window.addEventListener('message', onMessage);
    closedPoll = window.setInterval(() => {
      if (popup?.closed) {
        state.value = 'closed';
        stop();
      }
    }, 750);
  }

  onBeforeUnmount(stop);

  return { state, reference, errorCode, open };
}
