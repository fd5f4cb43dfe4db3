// Tracks how much of the onboarding video the user watched (YouTube iframe API, postMessage flavour).
const player = document.getElementById('intro-video');
let watched = 0;

player.src = 'https://www.youtube.com/embed/dQw4w9WgXcQ?enablejsapi=1&origin=' + encodeURIComponent(location.origin);
player.setAttribute('allow', 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture');
player.setAttribute('allowfullscreen', '');

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://www.youtube.com') return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch (e) {
    return;
  }
  if (data.event === 'infoDelivery' && data.info && typeof data.info.currentTime === 'number') {
    watched = Math.max(watched, data.info.currentTime);
  }
  if (data.event === 'onStateChange' && data.info === 0) {
    fetch('/api/onboarding/video-complete', { method: 'POST', body: JSON.stringify({ watched }) });
  }
});
