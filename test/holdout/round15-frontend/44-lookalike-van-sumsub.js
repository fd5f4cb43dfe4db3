// VanJS page script: Sumsub's WebSDK frame and its message listener.
import van from 'vanjs-core';

const { div, iframe, p } = van.tags;

export function mountSumsub(root, accessToken) {
  const applicant = van.state('');
  window.addEventListener('message', (e) => {
    if (!e.origin.endsWith('.sumsub.com')) return;
    const data = JSON.parse(e.data);
    if (data.payload.value === 'success') applicant.val = data.transactionReference;
  });
  van.add(root, div(
    () => applicant.val
      ? p(`Submitted (${applicant.val})`)
      : iframe({ src: `https://api.sumsub.com/websdk/p/${accessToken}`, allow: 'camera;fullscreen', allowfullscreen: true }),
  ));
}
