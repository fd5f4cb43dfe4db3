// A 3-D Secure challenge written through createContextualFragment: the issuer's ACS, no camera; left as it is.
export function showChallenge(host, acsUrl, creq) {
  host.append(document.createRange().createContextualFragment(`<iframe name="challenge" src="${acsUrl}?creq=${creq}" allow="payment"></iframe>`));
}

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://acs.bank.example') return;
  const data = JSON.parse(event.data);
  if (data.transStatus === 'Y') location.assign('/checkout/done');
});
