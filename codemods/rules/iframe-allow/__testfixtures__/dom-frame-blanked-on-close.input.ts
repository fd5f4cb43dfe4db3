// The step shows the web client in a frame it creates, and blanks the frame when the user cancels: the reset
// src is no other page.
const frame = document.createElement('iframe');

function onMessage(event: MessageEvent<string>): void {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  if (data.payload.value === 'success') sessionStorage.setItem('ref', data.transactionReference);
}

export function open(redirectUrl: string): void {
  frame.allow = 'camera;fullscreen';
  frame.src = redirectUrl;
  document.body.appendChild(frame);
  window.addEventListener('message', onMessage);
}

export function cancel(): void {
  window.removeEventListener('message', onMessage);
  frame.src = 'about:blank';
}

// The page's frame, emptied the same way.
const pageFrame = document.getElementById('kyc-frame') as HTMLIFrameElement;

export function showPageFrame(url: string): void {
  pageFrame.setAttribute('allow', 'camera;fullscreen');
  pageFrame.src = url;
}

export function hidePageFrame(): void {
  pageFrame.src = '';
}
