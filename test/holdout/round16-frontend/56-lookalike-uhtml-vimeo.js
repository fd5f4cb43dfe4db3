// <intro-video>: the onboarding intro (Vimeo) rendered with uhtml.
import { html, render } from 'uhtml';

class IntroVideo extends HTMLElement {
  connectedCallback() {
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
    render(this, html`<iframe src=${`https://player.vimeo.com/video/${this.dataset.id}`} title="Intro" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen width="640" height="360"></iframe>`);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }

  onMessage(event) {
    if (event.origin !== 'https://player.vimeo.com') return;
    const data = JSON.parse(event.data);
    if (data.event === 'ended') this.dispatchEvent(new CustomEvent('intro-ended', { bubbles: true }));
  }
}

customElements.define('intro-video', IntroVideo);
