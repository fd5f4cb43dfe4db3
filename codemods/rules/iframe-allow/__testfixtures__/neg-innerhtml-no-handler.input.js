// A support-chat widget: a shadow-root template with a camera iframe, and no Jumio handler anywhere.
const tpl = document.createElement('template');
tpl.innerHTML = `<iframe allow="camera;microphone;fullscreen" src="${window.CHAT_URL}"></iframe>`;

class SupportChat extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).appendChild(tpl.content.cloneNode(true));
    window.addEventListener('message', (event) => {
      if (event.origin !== 'https://chat.example-support.com') return;
      const data = JSON.parse(event.data);
      if (data.type === 'close') this.remove();
    });
  }
}
customElements.define('support-chat', SupportChat);
