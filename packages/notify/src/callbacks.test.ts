import { ValidationError } from '@councilkit/core';
import { describe, expect, it } from 'vitest';
import {
  type DeliveryStatusCallback,
  parseComplaintCallback,
  parseDeliveryStatusCallback,
  parseReceivedTextCallback,
  parseReturnedLetterCallback,
} from './index.js';

describe('callback parsers', () => {
  it('reads back a delivery-status callback that went through JSON', () => {
    const callback: DeliveryStatusCallback = {
      id: '7d3c1a9e-5b2f-4e6d-8c1b-0a9f8e7d6c5b',
      reference: 'case-1',
      recipient: 'ada@example.com',
      type: 'email',
      status: 'permanent-failure',
      rawStatus: 'permanent-failure',
      templateId: '2f0a5b43-34a8-4a58-9d0e-6d1f0b1f2c3d',
      templateVersion: 3,
      createdAt: new Date('2026-01-15T10:00:00.000Z'),
      completedAt: new Date('2026-01-15T10:00:05.000Z'),
    };
    expect(parseDeliveryStatusCallback(JSON.parse(JSON.stringify(callback)))).toEqual(callback);
  });

  it('works the status out again from the raw one, and drops null optional fields', () => {
    const parsed = parseDeliveryStatusCallback({
      id: '1',
      recipient: '07700900123',
      type: 'sms',
      status: 'delivered',
      rawStatus: 'something-new',
      templateId: 't',
      templateVersion: 1,
      createdAt: '2026-01-15T10:00:00Z',
      sentAt: null,
      reference: null,
    });
    expect(parsed.status).toBe('unknown');
    expect('sentAt' in parsed).toBe(false);
    expect('reference' in parsed).toBe(false);
  });

  it('names the field that is wrong', () => {
    const read = () =>
      parseReceivedTextCallback({
        id: '1',
        from: '07700900123',
        to: '1',
        content: 'hi',
        createdAt: 'yesterday',
      });
    expect(read).toThrow(ValidationError);
    try {
      read();
    } catch (error) {
      expect((error as ValidationError).field).toBe('createdAt');
    }
  });

  it('reads returned-letter and complaint callbacks', () => {
    expect(parseReturnedLetterCallback({ notificationId: 'n', spreadsheetRowNumber: 4 })).toEqual({
      notificationId: 'n',
      spreadsheetRowNumber: 4,
    });
    expect(
      parseComplaintCallback({
        notificationId: 'n',
        complaintId: 'c',
        recipient: 'a@example.com',
        complainedAt: '2026-01-15T10:00:00Z',
      }).complainedAt,
    ).toEqual(new Date('2026-01-15T10:00:00Z'));
  });
});
