// app/modifiers/window-message.js — attaches a window "message" listener for as long as the element lives.
import { modifier } from 'ember-modifier';

export default modifier(function windowMessage(element, [handler]) {
  window.addEventListener('message', handler);
  return () => {
    window.removeEventListener('message', handler);
  };
});
