// "Connect your accounting software" popup: the provider redirects to /oauth/callback, which posts back to us.
interface OAuthMessage {
  type: 'oauth-callback';
  authorizationToken: string;
  redirectUrl: string;
  payload: { value: 'success' | 'error'; state: string };
}

export function connectProvider(authorizeUrl: string): Promise<string> {
  const popup = window.open(authorizeUrl, 'oauth', 'width=520,height=680');
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<OAuthMessage>) => {
      if (event.origin !== window.location.origin || event.source !== popup) return;
      const { data } = event;
      if (data.type !== 'oauth-callback') return;
      window.removeEventListener('message', onMessage);
      if (data.payload.value === 'success') resolve(data.authorizationToken);
      else reject(new Error(`OAuth failed, state ${data.payload.state}`));
    };
    window.addEventListener('message', onMessage);
  });
}

// Runs on /oauth/callback
export function relayCallback(): void {
  const params = new URLSearchParams(window.location.search);
  window.opener?.postMessage(
    {
      type: 'oauth-callback',
      authorizationToken: params.get('code') ?? '',
      redirectUrl: window.location.href,
      payload: { value: params.get('error') ? 'error' : 'success', state: params.get('state') ?? '' },
    },
    window.location.origin,
  );
  window.close();
}
