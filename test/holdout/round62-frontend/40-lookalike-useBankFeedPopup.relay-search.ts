// Bank feed connection for the Rowan & Tarn bookkeeping portal (Vue 3, Vue Router 4). The open-banking provider's
// OAuth consent page opens in a popup window named after this composable; the provider sends that window back to
// /portal/bank-feeds/callback (our OAuth redirect URI), a route of this same app. OAuthCallback.vue calls
// relayToOpener() on mount: inside our popup it hands the page's query string to the window that opened it and
// closes; anywhere else it does nothing and the route shows its own outcome. useBankFeedPopup() is the opener's half,
// used by the bank feeds settings page.
import { onBeforeUnmount, ref } from 'vue';

const WINDOW_NAME = 'rowantarn-bank-feed';
const RELAY_TYPE = 'rowantarn:oauth-callback';

interface CallbackRelay {
  type: typeof RELAY_TYPE;
  search: string;
}

export type BankFeedPopupState = 'idle' | 'open' | 'connected' | 'denied' | 'closed';

/** Popup half, called by OAuthCallback.vue: true when the query went to the opener (this window is closing). */
export function relayToOpener(): boolean {
  if (window.name !== WINDOW_NAME || !window.opener) return false;
  const relay: CallbackRelay = { type: RELAY_TYPE, search: window.location.search };
  window.opener.postMessage(relay, window.location.origin);
  window.close();
  return true;
}

/** Opener half: open(redirectUrl, state) with the authorize URL and the OAuth state our API answered. */
export function useBankFeedPopup() {
  const state = ref<BankFeedPopupState>('idle');
  const authorizationCode = ref<string | null>(null);
  const oauthError = ref<string | null>(null);
  let popup: Window | null = null;
  let closedPoll = 0;
  let expectedState = '';

  function onMessage(event: MessageEvent<CallbackRelay>) {
    if (event.origin !== window.location.origin) return;
    if (event.data?.type !== RELAY_TYPE) return;
    const { code, state: returnedState, error } = Object.fromEntries(new URLSearchParams(event.data.search));
    authorizationCode.value = returnedState === expectedState ? code ?? null : null;
    oauthError.value = returnedState === expectedState ? error ?? null : 'state_mismatch';
    state.value = authorizationCode.value ? 'connected' : 'denied';
    stop();
  }

  function stop() {
    window.removeEventListener('message', onMessage);
    window.clearInterval(closedPoll);
    popup = null;
  }

  function open(redirectUrl: string, oauthState: string) {
    expectedState = oauthState;
    popup = window.open(redirectUrl, WINDOW_NAME, 'popup,width=600,height=800');
    if (!popup) {
      state.value = 'denied';
      oauthError.value = 'popup_blocked';
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

  return { state, authorizationCode, oauthError, open };
}
