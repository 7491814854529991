import { describe, expect, it } from 'vitest';
import { expandMissing } from './missing.js';

describe('expandMissing', () => {
  const document = {
    impairments: [
      { type: 'other', impact: 'small' },
      { type: 'mobility', impact: 'none' },
      { type: 'other', impact: 'none', description: 'Migræne' },
      { type: 'other', impact: 'large', description: ' ' },
    ],
  };

  it('reports a plain path as written', () => {
    expect(expandMissing('caseworker.referToVisitation', undefined, document)).toEqual(['caseworker.referToVisitation']);
  });

  it('reports each matching item that lacks the rest of the path, by index', () => {
    expect(expandMissing('impairments[*].description', { type: 'other' }, document)).toEqual([
      'impairments[0].description',
      'impairments[3].description',
    ]);
    expect(expandMissing('impairments[*].description', undefined, document)).toEqual([
      'impairments[0].description',
      'impairments[1].description',
      'impairments[3].description',
    ]);
  });

  it('reports nothing when the list is absent', () => {
    expect(expandMissing('impairments[*].description', { type: 'other' }, {})).toEqual([]);
  });
});
