import { describe, expect, it } from 'vitest';
import { createIssue, validateOpsporing } from '@rummelig/core';
import { withoutFaultyValues } from './without-faulty-values.js';

describe('withoutFaultyValues', () => {
  it('drops the values the issues point at, and nothing else', () => {
    const document = {
      form: 'opsporing',
      formVersion: 1,
      citizen: { cpr: '320190-1234', name: 'Jens' },
      impairments: [
        { type: 'adhd', impact: 'small', score: 9 },
        { type: 'other', impact: 'large' },
      ],
    };
    const validation = validateOpsporing(document);
    expect(validation.valid).toBe(false);
    const issues = validation.valid ? [] : validation.issues;
    const cleaned = withoutFaultyValues(document, issues);
    expect(cleaned).toEqual({
      form: 'opsporing',
      formVersion: 1,
      citizen: { name: 'Jens' },
      impairments: [
        { type: 'adhd', impact: 'small' },
        { type: 'other', impact: 'large' },
      ],
    });
    expect(validateOpsporing(cleaned).valid).toBe(true);
    expect(document.citizen.cpr).toBe('320190-1234');
  });

  it('closes the gap of a dropped list item, and reads escaped pointers', () => {
    const document = { list: [1, 2, 3], 'a/b': { 'c~d': true, keep: 1 } };
    const cleaned = withoutFaultyValues(document, [createIssue('wrong-type', '/list/1'), createIssue('wrong-type', '/a~1b/c~0d')]);
    expect(cleaned).toEqual({ list: [1, 3], 'a/b': { keep: 1 } });
  });

  it('leaves the document as it is for an issue about the whole document', () => {
    expect(withoutFaultyValues({ form: 'x' }, [createIssue('not-an-object', '')])).toEqual({ form: 'x' });
  });
});
