// Stand-in binaries for image and facemap downloads: the right content type, no real biometrics.

/** A 1×1 PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** An opaque facemap (BIN). */
export const FAKE_FACEMAP = Buffer.from('netverify-migrate emulator facemap');
