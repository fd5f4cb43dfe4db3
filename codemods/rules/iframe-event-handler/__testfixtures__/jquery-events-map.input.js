// Identity check page (Netverify web client in #kyc-frame).
function layout() {
  $('#kyc-frame').height($(window).height() - 80);
}

$(window).on({
  'message.kyc': function (e) {
    var evt = e.originalEvent;
    if (!/^https:\/\/[a-z0-9-]+\.netverify\.com$/.test(evt.origin)) return;
    var data = JSON.parse(evt.data);
    if (data.payload.value === 'success') $('#reference').text(data.transactionReference);
  },
  resize: layout,
});
