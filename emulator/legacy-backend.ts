// Legacy Netverify mode. WORK IN PROGRESS: not implemented yet (startEmulator({ mode: 'legacy' }) throws).
import type { Backend } from './backend.js';
import type { CallbackSender } from './callbacks.js';
import type { Settings } from './context.js';

export function legacyBackend(_settings: Settings, _callbacks: CallbackSender): Backend {
  throw new Error('emulator legacy mode is not implemented yet');
}
