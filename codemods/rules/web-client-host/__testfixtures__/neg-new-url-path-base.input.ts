// Not legacy web-client URLs: the KYX web client's host, another vendor's app path, a relative base.
const kyx = new URL('/web/v4/app', 'https://acme.web.amer-1.jumio.ai');
const other = new URL('/web/v4/app', 'https://app.example.com');
const local = new URL('/web/v4/app', window.location.origin);

export const urls = [kyx, other, local];
