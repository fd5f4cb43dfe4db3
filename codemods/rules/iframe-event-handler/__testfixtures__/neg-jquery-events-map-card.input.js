// Card form: the issuer's challenge frame reports back through postMessage.
function layout() {
  $('#challenge').height($(window).height() - 80);
}

$(window).on({
  message: function (e) {
    var evt = e.originalEvent;
    if (evt.origin !== 'https://acs.issuer.example') return;
    var data = JSON.parse(evt.data);
    if (data.payload.value === 'success') $('#reference').text(data.transactionReference);
  },
  resize: layout,
});
