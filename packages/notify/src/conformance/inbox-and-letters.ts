import { expect } from 'vitest';
import {
  collect,
  expectFailure,
  expectResumedAfterFirst,
  type SuiteContext,
  unknownId,
} from './suite-context.js';

const pdfHeader = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Received texts and letter PDFs. */
export function registerInboxAndLetterTests({ harness, test }: SuiteContext): void {
  const lastTenDigits = (phoneNumber: string) => phoneNumber.replace(/\D/g, '').slice(-10);

  test('a received text appears in listReceivedTexts', ['receivedTexts'], async () => {
    const { provider, backdoor, fixtures } = harness();
    const content = `Conformance reply ${unknownId()}`;
    await backdoor.receiveText({ from: fixtures.phoneNumber, content });
    const texts = await collect(provider.listReceivedTexts());
    const text = texts.find((candidate) => candidate.content === content);
    expect(text).toBeDefined();
    expect(lastTenDigits(text!.from)).toBe(lastTenDigits(fixtures.phoneNumber));
    expect(typeof text!.to).toBe('string');
    expect(text!.createdAt).toBeInstanceOf(Date);
  });

  test('listReceivedTexts resumes after olderThan', ['receivedTexts'], async () => {
    const { provider, backdoor, fixtures } = harness();
    await backdoor.receiveText({ from: fixtures.phoneNumber, content: `First ${unknownId()}` });
    await backdoor.receiveText({ from: fixtures.phoneNumber, content: `Second ${unknownId()}` });
    const all = await collect(provider.listReceivedTexts());
    const rest = await collect(provider.listReceivedTexts({ olderThan: all[0]!.id }));
    expectResumedAfterFirst(all, rest);
  });

  test('getLetterPdf returns the letter as a PDF', ['letters', 'letterPdf'], async () => {
    const { provider, fixtures } = harness();
    const sent = await provider.sendLetter({
      templateId: fixtures.letterTemplateId,
      personalisation: fixtures.letterPersonalisation,
    });
    const pdf = await provider.getLetterPdf(sent.id);
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect([...pdf.subarray(0, 4)]).toEqual(pdfHeader);
  });

  test('getLetterPdf of an email is a ValidationError', ['letterPdf'], async () => {
    const { provider, fixtures } = harness();
    const sent = await provider.sendEmail({
      templateId: fixtures.emailTemplateId,
      emailAddress: fixtures.emailAddress,
      personalisation: fixtures.emailPersonalisation,
    });
    await expectFailure(() => provider.getLetterPdf(sent.id), 'validation_failed');
  });

  test('getLetterPdf of an unknown id is a NotFoundError', ['letterPdf'], async () => {
    await expectFailure(() => harness().provider.getLetterPdf(unknownId()), 'not_found');
  });
}
