import type { PendingAuthorization } from './state.js';
import { testPeople } from './test-people.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function layout(title: string, body: string, basePath: string, lang: 'en' | 'cy' = 'en'): string {
  return `<!doctype html>
<html lang="${lang}" class="govuk-template">
<head><meta charset="utf-8"><title>${escapeHtml(title)} – GOV.UK One Login (sandbox)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${basePath}/assets/govuk-frontend.min.css"></head>
<body class="govuk-template__body">
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container">
<span class="govuk-header__link govuk-header__link--homepage">GOV.UK</span>
<span class="govuk-header__service-name">One Login</span></div></header>
<div class="govuk-width-container">
<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Sandbox</strong>
<span class="govuk-phase-banner__text">This is the councilkit emulator of GOV.UK One Login. Nobody here is real.</span></p></div>
<main class="govuk-main-wrapper" id="main-content">${body}</main></div></body></html>`;
}

function html(status: number, page: string): Response {
  return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** An error page for requests One Login will not redirect (unknown client, unregistered redirect URI). */
export function errorPage(status: number, title: string, message: string, basePath: string): Response {
  return html(
    status,
    layout(
      title,
      `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1><p class="govuk-body">${escapeHtml(message)}</p>`,
      basePath,
    ),
  );
}

const words = {
  en: {
    title: 'Sign in to a test service',
    person: 'Who is signing in?',
    outcome: 'What happens?',
    signedIn: 'They sign in (Cl.Cm)',
    proved: (level: string) => `They sign in and prove their identity (${level})`,
    failed: 'They sign in but cannot prove their identity',
    cancelled: 'They cancel (access_denied)',
    unavailable: 'One Login is unavailable (temporarily_unavailable)',
    continue: 'Continue',
  },
  cy: {
    title: 'Mewngofnodi i wasanaeth prawf',
    person: 'Pwy sy’n mewngofnodi?',
    outcome: 'Beth sy’n digwydd?',
    signedIn: 'Maen nhw’n mewngofnodi (Cl.Cm)',
    proved: (level: string) => `Maen nhw’n mewngofnodi ac yn profi eu hunaniaeth (${level})`,
    failed: 'Maen nhw’n mewngofnodi ond yn methu profi eu hunaniaeth',
    cancelled: 'Maen nhw’n canslo (access_denied)',
    unavailable: 'Nid yw One Login ar gael (temporarily_unavailable)',
    continue: 'Parhau',
  },
};

function radios(name: string, options: [string, string][]): string {
  return options
    .map(
      ([value, label], index) =>
        `<div class="govuk-radios__item"><input class="govuk-radios__input" id="${name}-${index}" name="${name}" type="radio" value="${escapeHtml(value)}"${index === 0 ? ' checked' : ''}>
<label class="govuk-label govuk-radios__label" for="${name}-${index}">${escapeHtml(label)}</label></div>`,
    )
    .join('');
}

/** The sign-in page: the tester picks a test person and what happens to them. */
export function signInPage(id: string, pending: PendingAuthorization, basePath: string): Response {
  const text = words[pending.uiLocale];
  const outcomes: [string, string][] =
    pending.vtr.identity === undefined
      ? [['signed-in', text.signedIn]]
      : [
          ['identity-proved', text.proved(pending.vtr.identity)],
          ['identity-failed', text.failed],
        ];
  outcomes.push(['cancelled', text.cancelled], ['unavailable', text.unavailable]);
  const people = testPeople.map((person): [string, string] => [
    person.id,
    `${person.givenNames.join(' ')} ${person.familyName} (${person.email})`,
  ]);
  const body = `<h1 class="govuk-heading-l">${text.title}</h1>
<form method="post" action="${basePath}/authorize/sign-in" novalidate>
<input type="hidden" name="authorization" value="${id}">
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${text.person}</legend>
<div class="govuk-radios" data-module="govuk-radios">${radios('person', people)}</div></fieldset></div>
<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${text.outcome}</legend>
<div class="govuk-radios" data-module="govuk-radios">${radios('outcome', outcomes)}</div></fieldset></div>
<button type="submit" class="govuk-button" data-module="govuk-button">${text.continue}</button>
</form>`;
  return html(200, layout(text.title, body, basePath, pending.uiLocale));
}

/** Where people land after signing out without a registered post-logout redirect URI. */
export function signedOutPage(basePath: string): Response {
  return html(
    200,
    layout('You have signed out', '<h1 class="govuk-heading-l">You have signed out</h1>', basePath),
  );
}
