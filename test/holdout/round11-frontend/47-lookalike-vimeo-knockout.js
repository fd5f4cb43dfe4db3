/* global ko */
// <help-video params="id: videoId"></help-video>
ko.components.register('help-video', {
  viewModel: function (params) {
    var self = this;
    self.src = 'https://player.vimeo.com/video/' + params.id;
    self.onMessage = function (event) {
      if (event.origin !== 'https://player.vimeo.com') return;
      var data = JSON.parse(event.data);
      if (data.event === 'finish') params.finished();
    };
    window.addEventListener('message', self.onMessage);
  },
  template: '<iframe data-bind="attr: { src: src }" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
});
