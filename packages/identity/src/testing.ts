/**
 * @module @councilkit/identity/testing
 * The conformance suite every `IdentityProvider` must pass. Register it from a vitest file:
 *
 * @example
 * describeIdentityProvider('my provider', async () => ({
 *   provider: myProvider({ ... }),
 *   signIn: (url) => drivePagesLikeAPerson(url),
 * }));
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { DescribeIdentityProviderOptions, IdentityHarness } from './conformance/harness.js';
import { conformanceTest, expectFailure, signedIn } from './conformance/suite.js';

export type { DescribeIdentityProviderOptions, IdentityHarness } from './conformance/harness.js';

/**
 * Registers the identity conformance suite under `describe(name)`. `setup` runs once and gives the
 * provider and a way through its sign-in pages; what `provider.capabilities` rules out is skipped.
 */
export function describeIdentityProvider(
  name: string,
  setup: () => Promise<IdentityHarness> | IdentityHarness,
  options: DescribeIdentityProviderOptions = {},
): void {
  describe(name, () => {
    let current: IdentityHarness | undefined;
    beforeAll(async () => {
      current = await setup();
    });
    afterAll(async () => {
      await current?.teardown?.();
    });
    const harness = () => {
      if (current === undefined)
        throw new Error('The conformance harness is not ready: setup() failed or has not run');
      return current;
    };
    const test = (title: string, needs: Parameters<typeof conformanceTest>[3], body: () => Promise<void>) =>
      conformanceTest(harness, options.skip ?? [], title, needs, body);

    test(
      'createSignIn gives a URL with a fresh state, nonce and PKCE S256 challenge, never the verifier',
      [],
      async () => {
        const { provider, signInOptions } = harness();
        const [first, second] = await Promise.all([
          provider.createSignIn(signInOptions),
          provider.createSignIn(signInOptions),
        ]);
        const url = new URL(first.url);
        expect(url.protocol).toMatch(/^https?:$/);
        expect(url.searchParams.get('state')).toBe(first.state);
        expect(url.searchParams.get('nonce')).toBe(first.nonce);
        expect(url.searchParams.get('code_challenge_method')).toBe('S256');
        expect(first.url).not.toContain(first.codeVerifier);
        expect(first.codeVerifier.length).toBeGreaterThanOrEqual(43);
        expect(new Set([first.state, second.state, first.nonce, second.nonce]).size).toBe(4);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      },
    );

    test('completes a sign-in: a session with sub, tokens and expiry', [], async () => {
      const session = await signedIn(harness());
      expect(typeof session.sub).toBe('string');
      expect(session.sub).not.toBe('');
      expect(session.claims['sub']).toBe(session.sub);
      expect(session.idToken.split('.')).toHaveLength(3);
      expect(session.accessToken).not.toBe('');
      expect(session.expiresAt).toBeInstanceOf(Date);
      expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now());
    });

    test('refuses a callback completed twice (replayed state)', [], async () => {
      const { provider, signInOptions } = harness();
      const signIn = await provider.createSignIn(signInOptions);
      const callback = await harness().signIn(signIn.url);
      await provider.completeSignIn(callback, signIn);
      await expectFailure(() => provider.completeSignIn(callback, signIn), 'auth_failed', {
        reason: 'state_replayed',
      });
    });

    test("refuses a callback carrying another sign-in's state", [], async () => {
      const { provider, signInOptions } = harness();
      const signIn = await provider.createSignIn(signInOptions);
      const other = await provider.createSignIn(signInOptions);
      const callback = await harness().signIn(signIn.url);
      await expectFailure(() => provider.completeSignIn(callback, other), 'auth_failed', {
        reason: 'state_mismatch',
      });
    });

    test('turns a cancelled sign-in (access_denied) into an IdentityError', [], async (): Promise<void> => {
      const { provider, signInOptions, cancelSignIn } = harness();
      if (!cancelSignIn) return;
      const signIn = await provider.createSignIn(signInOptions);
      const callback = await cancelSignIn(signIn.url);
      await expectFailure(() => provider.completeSignIn(callback, signIn), 'auth_failed', {
        reason: 'access_denied',
      });
    });

    test('reads userinfo about the signed-in person', ['userInfo'], async () => {
      const session = await signedIn(harness());
      const userInfo = await harness().provider.getUserInfo(session);
      expect(userInfo.sub).toBe(session.sub);
      expect(userInfo.claims['sub']).toBe(session.sub);
    });

    test('refuses userinfo with an access token that is not valid', ['userInfo'], async () => {
      const session = await signedIn(harness());
      await expectFailure(
        () => harness().provider.getUserInfo({ sub: session.sub, accessToken: `${session.accessToken}x` }),
        'auth_failed',
      );
    });

    test('builds a sign-out URL that names the session', ['signOut'], async () => {
      const session = await signedIn(harness());
      const url = new URL(
        await harness().provider.signOutUrl({ idToken: session.idToken, state: 'conformance' }),
      );
      expect(url.searchParams.get('id_token_hint')).toBe(session.idToken);
      expect(url.searchParams.get('state')).toBe('conformance');
    });

    test(
      'verifies a back-channel logout token once, and refuses it again',
      ['backChannelLogout'],
      async (): Promise<void> => {
        const { provider, logoutToken } = harness();
        if (!logoutToken) return;
        const session = await signedIn(harness());
        const token = await logoutToken(session);
        const notice = await provider.verifyLogoutToken(token);
        expect(notice.sub === session.sub || (notice.sid !== undefined && notice.sid === session.sid)).toBe(
          true,
        );
        expect(notice.issuedAt).toBeInstanceOf(Date);
        await expectFailure(() => provider.verifyLogoutToken(token), 'webhook_verification_failed');
      },
    );

    test(
      'refuses a logout token that is an ID token, or not a token at all',
      ['backChannelLogout'],
      async () => {
        const session = await signedIn(harness());
        await expectFailure(
          () => harness().provider.verifyLogoutToken(session.idToken),
          'webhook_verification_failed',
        );
        await expectFailure(
          () => harness().provider.verifyLogoutToken('not-a-token'),
          'webhook_verification_failed',
        );
      },
    );

    test('checks its input first, naming the field', [], async () => {
      const { provider } = harness();
      await expectFailure(() => provider.createSignIn({ scopes: 'email' as never }), 'validation_failed', {
        field: 'scopes',
      });
      await expectFailure(() => provider.createSignIn({ unknown: true } as never), 'validation_failed');
      const signIn = await provider.createSignIn(harness().signInOptions);
      await expectFailure(() => provider.completeSignIn('not a url', signIn), 'validation_failed', {
        field: 'callbackUrl',
      });
      await expectFailure(
        () => provider.completeSignIn(signIn.redirectUri, { ...signIn, nonce: '' }),
        'validation_failed',
        {
          field: 'saved.nonce',
        },
      );
      await expectFailure(() => provider.getUserInfo({ sub: 'x' } as never), 'validation_failed', {
        field: 'session.accessToken',
      });
      await expectFailure(() => provider.verifyLogoutToken(42 as never), 'validation_failed', {
        field: 'logoutToken',
      });
      await expectFailure(() => provider.signOutUrl({} as never), 'validation_failed', { field: 'idToken' });
      await expectFailure(() => provider.createSignIn({}, { timeoutMs: -1 }), 'validation_failed', {
        field: 'timeoutMs',
      });
    });
  });
}
