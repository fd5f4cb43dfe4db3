// A Jumio page whose script also configures a video-call frame and a help video by id: not the web client.
const call = document.getElementById('support-call');
const help = document.querySelector('#help-video');

export function openSupport(url) {
  call.setAttribute('src', url);
  call.setAttribute('allow', 'camera;microphone;fullscreen');
  help.setAttribute('allow', 'autoplay;fullscreen');
}

window.addEventListener('message', (event) => {
  if (!event.origin.endsWith('.netverify.com')) return;
  const data = JSON.parse(event.data);
  console.log(data.transactionReference, data.payload.value);
});
