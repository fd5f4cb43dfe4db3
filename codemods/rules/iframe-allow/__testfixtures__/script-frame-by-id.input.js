// A script file the page loads (Spring's static/js/kyc.js): the page's <iframe id="kyc-frame"> is not in this file.
const frame = document.querySelector('#kyc-frame');
const legacyFrame = document.getElementById('face-frame');

export async function startKyc() {
  const res = await fetch('/kyc/start', { method: 'POST', credentials: 'same-origin' });
  const { redirectUrl } = await res.json();
  frame.setAttribute('src', redirectUrl);
  frame.setAttribute('allow', 'camera;fullscreen');
}

export function startFaceLogin(url) {
  legacyFrame.src = url;
  legacyFrame.allow = 'camera; fullscreen';
  $('#backup-frame').attr('allow', 'camera;fullscreen').attr('src', url);
}

window.addEventListener('message', (event) => {
  if (!/^https:\/\/acmebank\.netverify\.com$/.test(event.origin)) return;
  const message = JSON.parse(event.data);
  if (message.payload.value === 'success') window.location.href = '/kyc/done';
});
