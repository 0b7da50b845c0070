import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sandbox } from '@councilkit/sandbox';
import { startSandbox } from '@councilkit/sandbox';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, launchChromium } from '../../sandbox/src/testing/browser.test-helper.js';
import { govukOneLogin, oneLoginIdentityOf, type SignInRequest } from './index.js';

describe.skipIf(browserUnavailable())('signing in on the One Login emulator’s page in Chromium', () => {
  let browser: Browser;
  let sandbox: Sandbox;
  let council: Server;
  let councilUrl: string;

  beforeAll(async () => {
    // The council's server listens first, so its callback can be registered with the emulator.
    council = createServer();
    await new Promise<void>((resolve) => council.listen(0, '127.0.0.1', resolve));
    councilUrl = `http://127.0.0.1:${(council.address() as AddressInfo).port}`;
    [browser, sandbox] = await Promise.all([
      launchChromium(),
      startSandbox({ oneLogin: { redirectUris: [`${councilUrl}/auth/callback`] } }),
    ]);
    const oneLogin = govukOneLogin({
      clientId: sandbox.credentials.oneLogin.clientId,
      privateKey: sandbox.credentials.oneLogin.privateKeyJwk,
      redirectUri: `${councilUrl}/auth/callback`,
      environment: { issuer: sandbox.services.oneLogin },
    });
    let saved: SignInRequest | undefined;
    council.on('request', async (request, response) => {
      try {
        if (request.url === '/sign-in') {
          saved = await oneLogin.createSignIn({
            providerOptions: { 'govuk-one-login': { identityLevel: 'P2' } },
          });
          response.writeHead(302, { location: saved.url }).end();
          return;
        }
        const session = await oneLogin.completeSignIn(new URL(request.url ?? '/', councilUrl), saved!);
        const { identity } = oneLoginIdentityOf(await oneLogin.getUserInfo(session));
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!doctype html><h1>Signed in as ${identity?.fullName}</h1><p id="born">${identity?.birthDate}</p>`,
        );
      } catch (error) {
        response.writeHead(500).end(String((error as Error).message));
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    council?.closeAllConnections();
    await new Promise((resolve) => council?.close(resolve));
  });

  it('picks a test person, proves their identity, and lands back at the council signed in', async () => {
    const page = await browser.newPage();
    await page.goto(`${councilUrl}/sign-in`);
    expect(await page.textContent('h1')).toBe('Sign in to a test service');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.govuk-button')!).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await page.check('input[name="person"][value="sian-rhys"]');
    await page.check('input[name="outcome"][value="identity-proved"]');
    await page.click('button[type="submit"]');
    expect(await page.textContent('h1')).toBe('Signed in as Siân Elin Rhys');
    expect(await page.textContent('#born')).toBe('1990-03-14');
  });
});
