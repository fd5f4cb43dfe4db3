// Track course video progress through the Vimeo player's postMessage API.
const VIMEO = /^https?:\/\/player\.vimeo\.com$/;

export function trackProgress(frame, onProgress) {
  function onMessage(e) {
    if (!VIMEO.test(e.origin)) return;
    let data;
    try {
      data = JSON.parse(e.data);
    } catch {
      return;
    }
    if (data.event === 'ready') {
      frame.contentWindow.postMessage(JSON.stringify({ method: 'addEventListener', value: 'timeupdate' }), e.origin);
    } else if (data.event === 'timeupdate') {
      onProgress(data.player_id, data.data.seconds, data.data.percent);
    }
  }
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
