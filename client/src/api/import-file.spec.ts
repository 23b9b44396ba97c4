import { describe, expect, it } from 'vitest';
import { ApiError, networkError, normaliseErrorBody } from './api-error';
import { fileBody, importFormatOf, importProblemsOf } from './import-file';

describe('importFormatOf', () => {
  it('reads the format from the extension, in any case', () => {
    expect(importFormatOf('customers.csv')).toBe('csv');
    expect(importFormatOf('Q3 Leads.XLSX')).toBe('xlsx');
  });

  it('refuses other files, old Excel among them', () => {
    expect(importFormatOf('customers.xls')).toBeNull();
    expect(importFormatOf('customers')).toBeNull();
    expect(importFormatOf('csv')).toBeNull();
  });
});

describe('fileBody', () => {
  it('sends the file itself with its format’s content type', () => {
    const file = new Blob(['name\nAcme\n']);
    const options = fileBody(file, 'xlsx');
    expect(options.bodySerializer()).toBe(file);
    expect(options.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(fileBody(file, 'csv').headers['content-type']).toBe('text/csv');
  });
});

describe('importProblemsOf', () => {
  it('takes a rejected file’s problems with their rows', () => {
    const error = normaliseErrorBody(400, {
      code: 'IMPORT_REJECTED',
      details: [
        { row: 1, field: 'colour', reason: 'is not a customer column' },
        { row: 3, field: 'email', reason: 'must be an email address' },
      ],
    });
    expect(importProblemsOf(error)).toEqual([
      { row: 1, field: 'colour', reason: 'is not a customer column' },
      { row: 3, field: 'email', reason: 'must be an email address' },
    ]);
  });

  it('shows a refused query or file, which names no row, as row 0', () => {
    const error = normaliseErrorBody(400, { code: 'VALIDATION_FAILED', details: [{ field: 'format', reason: 'must be csv or xlsx' }] });
    expect(importProblemsOf(error)).toEqual([{ row: 0, field: 'format', reason: 'must be csv or xlsx' }]);
  });

  it('leaves failures that are not about the file to the usual notification', () => {
    expect(importProblemsOf(networkError(new TypeError('fetch failed')))).toBeNull();
    expect(importProblemsOf(new ApiError(403, 'FORBIDDEN', 'no'))).toBeNull();
    expect(importProblemsOf(new Error('boom'))).toBeNull();
  });
});
