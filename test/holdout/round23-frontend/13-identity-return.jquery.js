/* global $ */
// Return page of the identity check (views/identity/return.html loads this after jQuery).
var getUrlParameter = function getUrlParameter(sParam) {
  var sPageURL = window.location.search.substring(1),
    sURLVariables = sPageURL.split('&'),
    sParameterName,
    i;

  for (i = 0; i < sURLVariables.length; i++) {
    sParameterName = sURLVariables[i].split('=');

    if (sParameterName[0] === sParam) {
      return sParameterName[1] === undefined ? true : decodeURIComponent(sParameterName[1]);
    }
  }
  return false;
};

$(function () {
  var status = getUrlParameter('transactionStatus');
  var reference = getUrlParameter('transactionReference');

  if (status === 'SUCCESS') {
    $('#identity-title').text('Your identity is confirmed');
    $('#identity-reference').text(reference);
    $.post('/identity/confirm', { reference: reference });
  } else {
    $('#identity-title').text('We could not confirm your identity');
    $('#identity-error').text('Error code: ' + (getUrlParameter('errorCode') || 'unknown')).show();
  }
});
