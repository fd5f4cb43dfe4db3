// "Continue on your phone": shows a QR code that opens the identity check on a mobile device.
import QRCode from 'qrcode';

export async function renderHandoffQr(canvas: HTMLCanvasElement, token: string, locale = 'en-US'): Promise<void> {
  const handoffUrl = `https://acme.netverify.com/web/v4/app?authorizationToken=${encodeURIComponent(token)}&locale=${locale}`;
  await QRCode.toCanvas(canvas, handoffUrl, { width: 240, margin: 1 });
}
