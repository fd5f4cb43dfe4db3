// A Jumio page that also writes other widgets with innerHTML: a video with a literal src, a frame whose markup
// already carries the KYX list: left alone.
const video = document.getElementById('video');
video.innerHTML = '<iframe src="https://www.youtube-nocookie.com/embed/xyz" allow="autoplay; encrypted-media"></iframe>';
video.insertAdjacentHTML('afterend', '<iframe src="https://player.vimeo.com/video/1" allow="' + 'fullscreen' + '"></iframe>');

document.getElementById('kyc').innerHTML =
  '<iframe allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen></iframe>';

window.addEventListener('message', function (event) {
  if (event.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') document.getElementById('ref').textContent = data.transactionReference;
});
