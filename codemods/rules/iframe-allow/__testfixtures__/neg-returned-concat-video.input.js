// A helper returns a video embed's markup assembled at run time on a page whose handler is the web client's: the
// embed asks for autoplay and picture-in-picture, not the camera — another widget's frame, untouched.
function videoFrame(id) {
  return '<iframe src="https://player.example.com/embed/' + id + '" allow="autoplay; picture-in-picture"></iframe>';
}

document.querySelector('#help').innerHTML = videoFrame('intro');
window.addEventListener('message', function (event) {
  if (event.origin.indexOf('.netverify.com') === -1) return;
  var data = JSON.parse(event.data);
  if (data.payload.value === 'success') location.assign('/done?ref=' + data.transactionReference);
});
