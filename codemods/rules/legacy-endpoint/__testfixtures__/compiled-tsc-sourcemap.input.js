// Compiled by tsc (ES module output): regenerated from src/, never edited.
export const JUMIO_BASE_URL = 'https://netverify.com/api/v4';
export function scanUrl(ref) {
    return `https://netverify.com/api/netverify/v2/scans/${ref}/data`;
}
//# sourceMappingURL=jumio.js.map
