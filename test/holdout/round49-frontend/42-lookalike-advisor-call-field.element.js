// <advisor-call-field name="adviceSessionId" session-url="…" frame-title="…">
//
// The advice call of the partner portal as a framework-free, FORM-ASSOCIATED custom element: the Angular screens and
// the old JSP screens both put it inside their <form>, and the form cannot be submitted until the video room (Whereby
// embed) in its shadow root reports that the adviser joined; the room session id then becomes the field's form value.
// Its state is exposed through ElementInternals: ARIA (busy, label) and custom states for the portal's CSS
// (:state(loading), :state(joined), :state(failed)).
const ROOM_ORIGIN = /^https:\/\/ridgeway\.whereby\.com$/;
const WATCHDOG_MS = 45000;

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

class AdvisorCallField extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ['session-url'];

  #internals = this.attachInternals();
  #root = this.attachShadow({ mode: 'open', delegatesFocus: true });
  #watchdog = 0;

  connectedCallback() {
    const title = this.getAttribute('frame-title') ?? 'Video call with your adviser';
    this.#root.innerHTML = `
      <style>
        :host { display: block; }
        :host(:state(loading)) .skeleton { display: block; }
        .skeleton { display: none; height: 600px; border-radius: 8px; background: #eef1f4; }
        iframe { width: 100%; height: 600px; border: 0; }
      </style>
      <div class="skeleton" part="skeleton"></div>
      <iframe part="frame" title="${escapeAttr(title)}" allow="camera; microphone; fullscreen; speaker; display-capture; autoplay"></iframe>
      <p class="fallback" part="fallback" hidden><span></span> <a href="#" part="retry">Try again</a></p>
    `;
    this.#root.querySelector('a').addEventListener('click', (event) => {
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('advice-call-retry', { bubbles: true }));
    });
    this.#internals.ariaLabel = title;
    this.#internals.setFormValue(null);
    this.#internals.setValidity({ valueMissing: true }, 'Please wait for your adviser to join the call.');
    window.addEventListener('message', this.#onMessage);
    if (this.hasAttribute('session-url')) this.#load(this.getAttribute('session-url'));
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.#onMessage);
    clearTimeout(this.#watchdog);
  }

  attributeChangedCallback(name, oldValue, value) {
    if (name === 'session-url' && value && value !== oldValue && this.isConnected) this.#load(value);
  }

  #load(url) {
    const frame = this.#root.querySelector('iframe');
    this.#root.querySelector('.fallback').hidden = true;
    frame.hidden = false;
    frame.src = url;
    this.#setState('loading');
    clearTimeout(this.#watchdog);
    this.#watchdog = setTimeout(() => this.#fallBack('The video room did not open.'), WATCHDOG_MS);
  }

  #setState(state) {
    for (const s of ['loading', 'joined', 'failed']) this.#internals.states.delete(s);
    this.#internals.states.add(state);
    this.#internals.ariaBusy = state === 'loading' ? 'true' : 'false';
  }

  #fallBack(text) {
    clearTimeout(this.#watchdog);
    this.#setState('failed');
    this.#root.querySelector('iframe').hidden = true;
    const fallback = this.#root.querySelector('.fallback');
    fallback.querySelector('span').textContent = text;
    fallback.hidden = false;
    fallback.querySelector('a').focus();
  }

  #onMessage = (event) => {
    if (!ROOM_ORIGIN.test(event.origin)) return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    clearTimeout(this.#watchdog);
    if (data.type === 'ready') {
      this.#internals.states.delete('loading');
      this.#internals.ariaBusy = 'false';
    } else if (data.type === 'participant_join' && data.payload.role === 'host') {
      this.#setState('joined');
      this.#internals.setFormValue(data.payload.roomSessionId);
      this.#internals.setValidity({});
      this.dispatchEvent(new CustomEvent('advice-call-joined', { bubbles: true, detail: { session: data.payload.roomSessionId } }));
    } else if (data.type === 'error') {
      const reason = data.payload && data.payload.reason;
      // The room link expired: the portal books a new room and sets session-url again.
      if (reason === 'room_expired' || reason === 'room_locked') {
        this.dispatchEvent(new CustomEvent('advice-call-expired', { bubbles: true }));
      } else {
        this.#fallBack(`The video call stopped (${reason}).`);
      }
    }
  };
}

customElements.define('advisor-call-field', AdvisorCallField);
