import { expect } from 'vitest';
import {
  backdoorMethod,
  collect,
  expectE164,
  expectFailure,
  expectResumedAfterFirst,
  fixture,
  type SuiteContext,
  uniqueReference,
} from './suite-context.js';

const pdfHeader = [0x25, 0x50, 0x44, 0x46]; // %PDF
// A UK mobile from the range Ofcom keeps for drama, so no one real gets it.
const sender = '07700 900 321';

/** Received texts and letter PDFs. */
export function registerInboxAndLetterTests({ harness, test }: SuiteContext): void {
  test('a received text appears in listReceivedTexts, its sender in E.164', ['receivedTexts'], async () => {
    const { provider } = harness();
    const content = `Conformance reply ${uniqueReference()}`;
    await backdoorMethod(harness(), 'receiveText')({ from: sender, content });
    const texts = await collect(provider.listReceivedTexts());
    const text = texts.find((candidate) => candidate.content === content);
    expect(text).toBeDefined();
    expectE164(text!.from, sender);
    expect(typeof text!.to).toBe('string');
    expect(text!.createdAt).toBeInstanceOf(Date);
  });

  test('listReceivedTexts resumes after olderThan', ['receivedTexts'], async () => {
    const { provider } = harness();
    const receiveText = backdoorMethod(harness(), 'receiveText');
    await receiveText({ from: sender, content: `First ${uniqueReference()}` });
    await receiveText({ from: sender, content: `Second ${uniqueReference()}` });
    const all = await collect(provider.listReceivedTexts());
    const rest = await collect(provider.listReceivedTexts({ olderThan: all[0]!.id }));
    expectResumedAfterFirst(all, rest);
  });

  test('getLetterPdf returns the letter as a PDF', ['letterPdf'], async () => {
    const { provider } = harness();
    const letter = fixture(harness(), 'letter');
    const sent = await provider.sendLetter({
      templateId: letter.templateId,
      personalisation: letter.personalisation,
    });
    const pdf = await provider.getLetterPdf(sent.id);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect([...pdf.subarray(0, 4)]).toEqual(pdfHeader);
  });

  test('getLetterPdf of an email is a ValidationError', ['letterPdf', 'email'], async () => {
    const { provider } = harness();
    const email = fixture(harness(), 'email');
    const sent = await provider.sendEmail({
      templateId: email.templateId,
      emailAddress: email.emailAddress,
      personalisation: email.personalisation,
    });
    await expectFailure(() => provider.getLetterPdf(sent.id), 'validation_failed');
  });

  test('getLetterPdf of an unknown id is a NotFoundError', ['letterPdf'], async () => {
    const { provider, fixtures } = harness();
    await expectFailure(() => provider.getLetterPdf(fixtures.unknownId), 'not_found');
  });
}
