import { describeIdentityProvider } from '@councilkit/identity/testing';
import { memoryIdentity } from './index.js';

describeIdentityProvider('memoryIdentity', () => {
  const identity = memoryIdentity();
  return {
    provider: identity,
    signIn: async (url) => identity.controls.signIn(url),
    cancelSignIn: async (url) => identity.controls.cancelSignIn(url),
    logoutToken: (session) => identity.controls.logoutToken(session.sub),
  };
});
