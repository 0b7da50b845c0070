import { describeIdentityProvider } from '@councilkit/identity/testing';
import { oneLoginSandbox, signInThroughPage } from './sandbox-harness.test-helper.js';

// The shared suite against the sandbox's One Login emulator over real HTTP.
describeIdentityProvider('govukOneLogin against the One Login emulator', async () => {
  // Nothing listens there: the emulator still records each logout token it tried to post.
  const { sandbox, oneLogin } = await oneLoginSandbox(
    {},
    { oneLogin: { backChannelLogoutUri: 'http://127.0.0.1:9/back-channel' } },
  );
  const control = sandbox.emulators.oneLogin.control;
  return {
    provider: oneLogin,
    signIn: (url) => signInThroughPage(url),
    cancelSignIn: (url) => signInThroughPage(url, { outcome: 'cancelled' }),
    async logoutToken(session) {
      await fetch(await oneLogin.signOutUrl({ idToken: session.idToken }), { redirect: 'manual' });
      await control.settled();
      return control.sentBackChannelLogouts().at(-1)!.logoutToken;
    },
    teardown: () => sandbox.close(),
  };
});
