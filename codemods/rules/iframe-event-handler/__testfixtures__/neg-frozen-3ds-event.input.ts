// Card step: the 3-D Secure challenge's result, frozen before the checkout reads it.
export function listenToChallenge(onDone: (reference: string) => void): void {
  window.addEventListener('message', (event: MessageEvent<string>) => {
    const data = Object.freeze(JSON.parse(event.data));
    if (data.payload.value === 'success' && data.status === 'AUTHENTICATED') onDone(data.transactionReference);
  });
}
