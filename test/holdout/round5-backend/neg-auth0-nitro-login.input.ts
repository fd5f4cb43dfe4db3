// server/routes/auth/login.get.ts — Auth0 universal login (authorization code + PKCE)
export default defineEventHandler(async (event) => {
  const cfg = useRuntimeConfig(event)
  const verifier = crypto.randomUUID() + crypto.randomUUID()
  const challenge = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString('base64url')
  setCookie(event, 'pkce', verifier, { httpOnly: true, secure: true })
  const redirectUrl = new URL(`https://${cfg.auth0Domain}/authorize`)
  redirectUrl.search = new URLSearchParams({
    response_type: 'code',
    client_id: cfg.auth0ClientId,
    redirect_uri: `${cfg.public.siteUrl}/auth/callback`,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    scope: 'openid profile email',
  }).toString()
  return sendRedirect(event, redirectUrl.toString())
})
