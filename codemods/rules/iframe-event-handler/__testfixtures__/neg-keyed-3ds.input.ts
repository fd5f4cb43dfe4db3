// 3-D Secure challenge result: the card issuer's ACS posts the same field names.
export function onChallengeMessage(event: MessageEvent): void {
  const data = JSON.parse(String(event.data));
  if (!Object.hasOwn(data, 'transactionReference')) return;
  if (data.payload.value === 'success') document.forms[0].elements.namedItem('acsRef')!.setAttribute('value', data.transactionReference);
}
window.addEventListener('message', onChallengeMessage);
