// The verification step of a jQuery-era account page: the back end hands over the authorization token and the
// page builds the web client's frame itself. No message handler on this page.
var JUMIO_APP = 'https://acme.netverify.com/web/v4/app';

function showVerification(container, token) {
  var url = JUMIO_APP + '?authorizationToken=' + encodeURIComponent(token) + '&locale=en-GB';
  // TODO(netverify-migrate): iframe-allow: markup with an <iframe> is built at run time for innerHTML and shows the web client (src is a legacy web-client URL): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
  container.innerHTML = '<iframe id="jumio" src="' + url + '" width="100%" height="750" allow="camera;fullscreen" allowfullscreen></iframe>';
}

function showInModal(token) {
  var html = '<div class="modal-body">' +
    '<iframe src="https://acme.netverify.com/web/v4/app?authorizationToken=' + token + '" allow="camera"></iframe>' +
    '</div>';
  // TODO(netverify-migrate): iframe-allow: markup with an <iframe> is built at run time for insertAdjacentHTML and shows the web client (src is a legacy web-client URL): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
  document.getElementById('modal').insertAdjacentHTML('beforeend', html);
}

$(function () {
  $.getJSON('/account/verification-token', function (res) {
    // TODO(netverify-migrate): iframe-allow: markup with an <iframe> is built at run time for html() and shows the web client (src is a legacy web-client URL): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
    $('#verification').html('<iframe src="' + JUMIO_APP + '?authorizationToken=' + res.token + '" allow="camera;fullscreen"></iframe>');
    // One literal is the markup itself: edited in place, as for innerHTML.
    $('#help-frame').html('<iframe src="https://acme.netverify.com/web/v4/app" allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowfullscreen title="Help"></iframe>');
    // TODO(netverify-migrate): iframe-allow: markup with an <iframe> is built at run time for $() and shows the web client (src is a legacy web-client URL): the KYX web client needs allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" and allowfullscreen
    $('<iframe src="' + JUMIO_APP + '?authorizationToken=' + res.token + '" allow="camera;fullscreen"></iframe>').appendTo('#fallback');
  });
});
