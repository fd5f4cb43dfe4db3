// Netverify settings of the branch counter network (SG tenant), read by the counter services as one namespace:
// `import * as netverify from './netverify-settings.js'`.
export const SGP_ORIGIN = 'https://core-sgp.jumio.com';
export const AUTH_INITIATE_PATH = '/api/authentication/v1/web/initiate';
export const USER_AGENT = 'Tidewater-Counter/3.4';

/** How long a counter link stays valid: the customer is standing at the counter. */
export const COUNTER_LINK_MINUTES = 10;

/** Locales the counter tablets offer. */
export const COUNTER_LOCALES = ['en', 'zh-CN', 'ja'] as const;
