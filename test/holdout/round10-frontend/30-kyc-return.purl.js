// kyc-return.html's script: jQuery + purl (https://github.com/allmarkedup/purl) reading Jumio's redirect parameters.
$(function () {
  var url = $.url();
  var status = url.param('transactionStatus');
  var reference = url.param('transactionReference');
  if (status === 'SUCCESS') {
    $('#kyc-result').text('Thank you, your identity check ' + reference + ' is being processed.');
    $.post('/kyc/pending', { reference: reference });
  } else {
    $('#kyc-result').text('Identity check failed (' + url.param('errorCode') + ').');
  }
});
