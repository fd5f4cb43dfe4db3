// When the browser blocks third-party frames (Safari, some in-app browsers), the face check runs in the tab itself.
const WEB_CLIENT = 'https://acme.netverify.com/web/v4/app';

export function frameBlocked() {
  return typeof document.hasStorageAccess === 'function' && navigator.userAgent.includes('Safari');
}

export function openIdentityCheckInTab(authorizationToken, locale) {
  const url = new URL(WEB_CLIENT);
  url.searchParams.set('authorizationToken', authorizationToken);
  if (locale) url.searchParams.set('locale', locale);
  window.location.assign(url.toString());
}
