// Opens the identity check in a popup for browsers that block third-party frames.
export function openIdentityPopup(authorizationToken, locale = 'en-GB') {
  const url = `https://acme.netverify.com/web/v4/app?locale=${locale}&authorizationToken=${encodeURIComponent(authorizationToken)}`;
  return window.open(url, 'identity-check', 'width=640,height=710');
}
