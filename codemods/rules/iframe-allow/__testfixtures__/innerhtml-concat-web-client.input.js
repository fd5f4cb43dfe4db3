// The verification step of a jQuery-era account page: the back end hands over the authorization token and the
// page builds the web client's frame itself. No message handler on this page.
var JUMIO_APP = 'https://acme.netverify.com/web/v4/app';

function showVerification(container, token) {
  var url = JUMIO_APP + '?authorizationToken=' + encodeURIComponent(token) + '&locale=en-GB';
  container.innerHTML = '<iframe id="jumio" src="' + url + '" width="100%" height="750" allow="camera;fullscreen" allowfullscreen></iframe>';
}

function showInModal(token) {
  var html = '<div class="modal-body">' +
    '<iframe src="https://acme.netverify.com/web/v4/app?authorizationToken=' + token + '" allow="camera"></iframe>' +
    '</div>';
  document.getElementById('modal').insertAdjacentHTML('beforeend', html);
}

$(function () {
  $.getJSON('/account/verification-token', function (res) {
    $('#verification').html('<iframe src="' + JUMIO_APP + '?authorizationToken=' + res.token + '" allow="camera;fullscreen"></iframe>');
    // One literal is the markup itself: edited in place, as for innerHTML.
    $('#help-frame').html('<iframe src="https://acme.netverify.com/web/v4/app" allow="camera;fullscreen" title="Help"></iframe>');
    $('<iframe src="' + JUMIO_APP + '?authorizationToken=' + res.token + '" allow="camera;fullscreen"></iframe>').appendTo('#fallback');
  });
});
