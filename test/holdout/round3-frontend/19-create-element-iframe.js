import { startKyc } from './kyc-api';

const container = document.querySelector('#kyc-container');

function showVerification(redirectUrl) {
  const iframe = document.createElement('iframe');
  iframe.setAttribute('src', redirectUrl);
  iframe.setAttribute('allow', 'camera;fullscreen');
  iframe.setAttribute('allowfullscreen', 'true');
  iframe.setAttribute('width', '100%');
  iframe.setAttribute('height', '710');
  iframe.style.border = 'none';
  container.replaceChildren(iframe);
}

function onJumioMessage(event) {
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') {
    container.innerHTML = '<p>Thanks, we are checking your documents.</p>';
    sessionStorage.setItem('kycRef', data.transactionReference);
  }
}

document.querySelector('#start-kyc').addEventListener('click', async () => {
  const { redirectUrl } = await startKyc();
  window.addEventListener('message', onJumioMessage);
  showVerification(redirectUrl);
});
