// Identity check page (Netverify web client in #kyc-frame).
function layout() {
  $('#kyc-frame').height($(window).height() - 80);
}

$(window).on({
  'message.kyc': function (e) {
    var evt = e.originalEvent;
    if (!/^https:\/\/[a-z0-9-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/.test(evt.origin)) return;
    var data = JSON.parse(evt.data);
    if (data.payload.value === 'success') $('#reference').text(data.workflowExecutionId);
  },
  resize: layout,
});
