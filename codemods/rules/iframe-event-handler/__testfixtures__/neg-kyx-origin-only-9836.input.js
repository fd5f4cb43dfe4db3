// A listener that accepts the KYX web client's origin only and reads no event id: its 9836 is KYX's
// ("authentication failure"), so the comparison is not flagged.
window.addEventListener('message', function (event) {
  if (!/\.web\.(amer-1|emea-1|apac-1)\.jumio\.ai$/.test(new URL(event.origin).hostname)) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'error' && data.payload.metainfo.code === 9836) {
    document.getElementById('face-login-status').textContent = 'We could not confirm it was you.';
  }
});
