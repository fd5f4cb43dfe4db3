// Product tour video (YouTube iframe API over postMessage, no script tag).
import Marionette from 'backbone.marionette';
import _ from 'underscore';

export const TourVideoView = Marionette.View.extend({
  template: _.template(
    '<iframe src="https://www.youtube.com/embed/<%- videoId %>?enablejsapi=1" width="640" height="360" ' +
      'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
  ),

  onAttach: function () {
    this._onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this._onMessage);
  },

  onBeforeDestroy: function () {
    window.removeEventListener('message', this._onMessage);
  },

  onMessage: function (event) {
    if (event.origin !== 'https://www.youtube.com') return;
    var data = JSON.parse(event.data);
    if (data.event === 'onStateChange' && data.info === 0) {
      this.triggerMethod('tour:finished', data.id);
    }
  }
});
