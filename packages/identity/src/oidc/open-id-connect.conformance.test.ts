import { describeIdentityProvider } from '@councilkit/identity/testing';
import { decodeJwt } from 'jose';
import { openIdConnect } from '../index.js';
import { startTestProvider } from '../test-support/oidc-provider.test-helper.js';

// The shared suite against oidc-provider, the certified OpenID provider, on 127.0.0.1.
describeIdentityProvider('openIdConnect against oidc-provider', async () => {
  const op = await startTestProvider();
  const { clientId, key } = op.clients.esClient;
  const provider = openIdConnect({
    issuer: op.issuer,
    clientId,
    clientAuth: { method: 'private_key_jwt', privateKey: key.privateJwk },
    redirectUri: op.redirectUri,
    postLogoutRedirectUri: op.postLogoutRedirectUri,
  });
  return {
    provider,
    signIn: (url) => op.signIn(url),
    cancelSignIn: (url) => op.cancelSignIn(url),
    async logoutToken(session) {
      const before = op.logoutTokens.length;
      await op.signOut(await provider.signOutUrl({ idToken: session.idToken }));
      for (let wait = 0; wait < 100; wait++) {
        const token = op.logoutTokens
          .slice(before)
          .find((candidate) => decodeJwt(candidate).aud === clientId);
        if (token) return token;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('oidc-provider sent no logout token');
    },
    teardown: () => op.close(),
  };
});
