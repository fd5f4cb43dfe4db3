// Frames our pages embed. Used by the auto-height listener and by the CSP builder.
export const TRUSTED_FRAME_ORIGINS = [
  'https://acme.web.emea-1.jumio.ai',
  'https://widget.paylink.example',
  'https://www.youtube-nocookie.com',
];
