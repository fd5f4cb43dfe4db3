// Markup built at run time: a `${…}` in the start tag may write any attribute, and a concatenation cannot be
// edited in place: both get a marker on a page with a proven handler.
function render(el, url, extraAttrs) {
  // TODO(netverify-migrate): iframe-allow: the iframe spreads props that may set allow: the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen (an iframe on a page with a proven Jumio message handler)
  el.innerHTML = `<iframe src="${url}" ${extraAttrs}></iframe>`;
}

function renderLegacy(el, url) {
  // TODO(netverify-migrate): iframe-allow: markup with an <iframe> is built at run time for innerHTML on a page with a proven Jumio message handler: if it shows the web client, the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
  el.innerHTML = '<iframe src="' + url + '" allow="camera;fullscreen" allowfullscreen></iframe>';
}

window.addEventListener('message', function (event) {
  if (event.origin.indexOf('netverify.com') === -1) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') document.getElementById('ref').textContent = data.transactionReference;
});

module.exports = { render, renderLegacy };
