// Ractive component for the onboarding video (Vimeo player API messages).
import Ractive from 'ractive';

export default Ractive.extend({
  template: '<iframe src="https://player.vimeo.com/video/{{videoId}}?api=1" width="640" height="360" allow="autoplay; fullscreen" allowfullscreen></iframe>',

  oncomplete() {
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  },

  onteardown() {
    window.removeEventListener('message', this.onMessage);
  },

  onMessage(event) {
    if (event.origin.indexOf('vimeo.com') < 0) return;
    const data = JSON.parse(event.data);
    if (data.event === 'finish') this.fire('watched');
  },
});
