import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

// Product tour video; listens to the YouTube iframe API's postMessage events.
@customElement('tour-video')
export class TourVideo extends LitElement {
  @property() videoId = '';
  private watched = false;

  firstUpdated(): void {
    window.addEventListener('message', (event: MessageEvent) => {
      if (event.origin !== 'https://www.youtube.com') return;
      const data = JSON.parse(event.data);
      if (data.event === 'infoDelivery' && data.info?.playerState === 0) {
        this.watched = true;
        this.dispatchEvent(new CustomEvent('tour-watched'));
      }
    });
  }

  render() {
    return html`<iframe
      src="https://www.youtube.com/embed/${this.videoId}?enablejsapi=1"
      allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
      allowfullscreen
    ></iframe>`;
  }
}
