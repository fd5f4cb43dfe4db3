// A theme function returns the frame's markup assembled at run time for the behavior to insert: never edited (the
// allow list may sit in any piece), it gets a marker at the return on a page with a proven handler.
(function ($, Drupal) {
  Drupal.theme.faceCheckFrame = function (url) {
    return '<iframe src="' + Drupal.checkPlain(url) + '" allow="camera;fullscreen" allowfullscreen></iframe>';
  };

  Drupal.behaviors.faceCheck = {
    attach: function (context, settings) {
      $('.face-check', context).html(Drupal.theme('faceCheckFrame', settings.faceCheck.url));
      window.addEventListener('message', function (event) {
        if (event.origin.indexOf('.netverify.com') === -1) return;
        var data = JSON.parse(event.data);
        if (data.payload.value === 'success') $('.face-check', context).trigger('verified', [data.transactionReference]);
      });
    }
  };
})(jQuery, Drupal);
