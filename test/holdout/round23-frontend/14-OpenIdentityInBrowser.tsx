// "Continue in your browser" fallback of the identity step, for in-app browsers that block the camera inside frames.
const WEB_CLIENT_BY_REGION = {
  us: 'https://acme.netverify.com/web/v4/app',
  eu: 'https://acme.lon.netverify.com/web/v4/app',
} as const;

type Props = {
  region: keyof typeof WEB_CLIENT_BY_REGION;
  authorizationToken: string;
  locale?: string;
};

export function OpenIdentityInBrowser({ region, authorizationToken, locale = 'en' }: Props) {
  const href = `${WEB_CLIENT_BY_REGION[region]}?authorizationToken=${encodeURIComponent(authorizationToken)}&locale=${locale}`;
  return (
    <a className="identity-fallback" href={href} target="_blank" rel="noopener noreferrer">
      Open the identity check in your browser
    </a>
  );
}
