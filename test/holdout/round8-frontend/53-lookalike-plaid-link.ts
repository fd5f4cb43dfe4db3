// Plaid Link in an iframe; the bank connection step of onboarding.
export function listenToPlaid(onSuccess: (publicToken: string) => void): AbortController {
  const controller = new AbortController();
  window.addEventListener('message', onPlaidMessage as EventListener, { signal: controller.signal });

  function onPlaidMessage(event: MessageEvent<string>) {
    if (event.origin !== 'https://cdn.plaid.com') return;
    const data = JSON.parse(event.data);
    if (data.action === 'plaid_link-undefined::connected') onSuccess(data.metadata.public_token);
    if (data.payload?.value === 'success') console.debug('plaid', data.transactionReference);
  }

  return controller;
}
