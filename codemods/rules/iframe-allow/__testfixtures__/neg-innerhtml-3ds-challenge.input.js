// A checkout that verifies the buyer with Jumio and runs the card's 3-D Secure challenge in frames it writes with
// innerHTML: neither challenge frame asks for the camera, so neither is the web client.
export function showChallenge(container, acsUrl) {
  container.innerHTML = `<iframe name="challenge" src="${acsUrl}" width="390" height="400"></iframe>`;
}

export function showLegacyChallenge(container, acsUrl) {
  container.innerHTML = '<iframe name="challenge" src="' + acsUrl + '" allow="payment"></iframe>';
}

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') document.getElementById('kyc-ref').textContent = data.transactionReference;
});
