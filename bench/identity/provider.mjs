// A minimal OpenID provider for the identity bench, in its own process so its CPU is not counted
// against either client: discovery, a JWKS, and a token endpoint that signs a fresh ES256 ID token
// for the nonce the code carries (the bench encodes it there, so no sign-in page is involved).
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const { privateKey, publicKey } = await generateKeyPair('ES256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-1', alg: 'ES256', use: 'sig' };
const clientId = 'bench-client';
let issuer = '';

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    const json = (body) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url === '/.well-known/openid-configuration') {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        userinfo_endpoint: `${issuer}/userinfo`,
        id_token_signing_alg_values_supported: ['ES256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (request.url === '/jwks') return json({ keys: [jwk] });
    if (request.url === '/token') {
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const { nonce } = JSON.parse(Buffer.from(form.get('code') ?? '', 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      const idToken = await new SignJWT({ nonce })
        .setProtectedHeader({ alg: 'ES256', kid: 'bench-1' })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setSubject('bench-person')
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(privateKey);
      return json({
        access_token: 'bench-access-token',
        token_type: 'Bearer',
        expires_in: 180,
        id_token: idToken,
      });
    }
    response.writeHead(404).end();
  });
});
server.listen(0, '127.0.0.1', () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  process.send({ issuer, clientId, clientSecret: 'bench-secret', jwk });
});
process.on('disconnect', () => process.exit(0));
