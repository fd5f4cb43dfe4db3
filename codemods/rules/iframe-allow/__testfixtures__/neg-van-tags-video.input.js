// VanJS page script: the product video (YouTube) beside the identity check's listener.
import van from 'vanjs-core';

const { iframe } = van.tags;

export function productVideo(root) {
  window.addEventListener('message', (e) => {
    if (!e.origin.endsWith('.netverify.com')) return;
    const data = JSON.parse(e.data);
    console.info('kyc', data.payload.value);
  });
  van.add(root, iframe({ src: 'https://www.youtube.com/embed/dQw4w9WgXcQ', allow: 'autoplay; fullscreen' }));
}
