// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handOverStoredDocument, takeStoredDocument } from '../../../renderer/src/app/opened-document';
import { templateDoc } from '../helpers';

describe('hand-over of an opened plan file to the workspace', () => {
  it('gives the document once, and only for its own strategy', () => {
    const doc = templateDoc();
    const stored = { doc, stamp: '2026-01-01T00:00:00.000Z' };
    handOverStoredDocument(stored);
    // The workspace may run once more for the strategy it is leaving: that keeps it.
    expect(takeStoredDocument('another-strategy')).toBeNull();
    expect(takeStoredDocument(doc.strategy.id)).toBe(stored);
    expect(takeStoredDocument(doc.strategy.id)).toBeNull();
  });

  it('a newer hand-over replaces an older one', () => {
    const doc = templateDoc();
    handOverStoredDocument({ doc, stamp: 'a' });
    const newer = { doc, stamp: 'b' };
    handOverStoredDocument(newer);
    expect(takeStoredDocument(doc.strategy.id)).toBe(newer);
  });
});
