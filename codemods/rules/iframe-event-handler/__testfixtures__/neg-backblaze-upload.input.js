// Upload iframe (Backblaze B2 style): the child frame posts its upload authorization.
window.addEventListener('message', function (event) {
  var data = JSON.parse(event.data);
  if (data.authorizationToken && data.uploadUrl) {
    startUpload(data.uploadUrl, data.authorizationToken, data.fileId);
  }
});
