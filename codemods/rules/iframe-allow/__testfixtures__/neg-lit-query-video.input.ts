import { LitElement, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

// <help-video video-id="…">: a YouTube embed with the player API.
@customElement('help-video')
export class HelpVideoElement extends LitElement {
  @property({ attribute: 'video-id' }) accessor videoId = '';
  @query('iframe') accessor frame!: HTMLIFrameElement;

  protected override firstUpdated(): void {
    this.frame.allow = 'autoplay; encrypted-media; picture-in-picture';
    window.addEventListener('message', this.onMessage);
  }

  private onMessage = (event: MessageEvent) => {
    if (event.origin !== 'https://www.youtube.com') return;
    const data = JSON.parse(event.data);
    if (data.event === 'onStateChange' && data.info === 0) this.dispatchEvent(new CustomEvent('ended'));
  };

  override render() {
    return html`<iframe src="https://www.youtube.com/embed/${this.videoId}?enablejsapi=1"></iframe>`;
  }
}
