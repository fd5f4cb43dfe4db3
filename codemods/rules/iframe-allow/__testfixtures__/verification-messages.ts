// Support file for imported-namespace-handler.input.tsx (not a fixture itself): named exports, imported as a namespace.
export const VERIFICATION_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export function onFrameMessage(event: MessageEvent<string>): void {
  if (!VERIFICATION_ORIGIN.test(event.origin)) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') sessionStorage.setItem('verificationRef', data.transactionReference);
}
