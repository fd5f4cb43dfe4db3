// Lit 3: a help video (YouTube) reached through a ref() directive.
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';

@customElement('help-video')
export class HelpVideo extends LitElement {
  @property() videoId = '';
  @state() private playing = false;
  private playerRef = createRef<HTMLIFrameElement>();

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  private onMessage = (event: MessageEvent) => {
    if (event.origin !== 'https://www.youtube.com') return;
    const data = JSON.parse(event.data);
    if (data.event === 'onStateChange') this.playing = data.info === 1;
  };

  render() {
    return html`<iframe ${ref(this.playerRef)} src="https://www.youtube.com/embed/${this.videoId}?enablejsapi=1" title="Help video" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>`;
  }
}
