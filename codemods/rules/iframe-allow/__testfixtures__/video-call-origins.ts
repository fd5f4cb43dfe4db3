// Support module of neg-imported-hook-other-vendor-origins: a video-call vendor's origins, and other settings.
export const API_BASE = '/api';
export const VIDEO_CALL_ORIGINS: readonly string[] = ['https://session.identa-video.com', 'https://eu.session.identa-video.com'];
