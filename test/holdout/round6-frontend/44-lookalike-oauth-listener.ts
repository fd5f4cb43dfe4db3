// Sign-in popup: the identity provider's callback page posts { authorizationToken, state } back to the opener.
export class OAuthPopupListener implements EventListenerObject {
  constructor(private readonly expectedState: string, private readonly onToken: (token: string) => void) {}

  attach(): void {
    window.addEventListener('message', this);
  }

  handleEvent(event: Event): void {
    const e = event as MessageEvent;
    if (e.origin !== 'https://login.example-idp.com') return;
    const data = JSON.parse(e.data);
    if (data.state !== this.expectedState) return;
    if (data.payload?.value === 'success') this.onToken(data.authorizationToken);
  }
}
