// A help page: tutorial videos and a map, built with innerHTML and jQuery. A verification link elsewhere on the site
// mentions the identity check, but these frames are other sites'.
function showTutorial(el, videoId) {
  el.innerHTML = '<iframe src="https://www.youtube.com/embed/' + videoId + '?rel=0" allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen></iframe>';
}

function showStore(el, place) {
  var src = 'https://www.google.com/maps/embed/v1/place?key=' + window.MAPS_KEY + '&q=' + encodeURIComponent(place);
  $(el).html('<iframe src="' + src + '" allow="geolocation" width="600" height="450"></iframe>');
}

function showCall(el, room) {
  // A video call needs the camera too; its src is the call provider's.
  el.append('<iframe src="' + room + '" allow="camera;microphone;fullscreen"></iframe>');
}
