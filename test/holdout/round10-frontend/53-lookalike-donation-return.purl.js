// donation-return.html's script (jQuery + purl): the donation platform sends donors back here.
$(function () {
  var url = $.url();
  var status = url.param('transactionStatus');
  var reference = url.param('transactionReference');
  if (status === 'SUCCESS') {
    $('#donation-result').text('Thank you for your gift! Receipt ' + reference + ' is on its way.');
  } else {
    $('#donation-result').text('Your donation did not go through.');
  }
});
