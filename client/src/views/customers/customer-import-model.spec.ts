import { describe, expect, it } from 'vitest';
import type { ImportDuplicate } from '@/api/types';
import { customerImportTemplate, customerImportTemplateBlob, toDuplicateRows, type DuplicateTexts } from './customer-import-model';

describe('customerImportTemplate', () => {
  it('is a byte order mark and the English headers of the built-in columns', () => {
    expect(customerImportTemplate([])).toBe(
      '\uFEFFcode,name,type,industry,level,source,region,phone,email,website,address,tags,credit_limit,notes,owner\r\n',
    );
  });

  it('adds the custom fields the user may fill in, as cf.<key>', () => {
    const text = customerImportTemplate([
      { fieldKey: 'region', editable: true },
      { fieldKey: 'internal_score', editable: false },
      { fieldKey: 'employees', editable: true },
    ]);
    expect(text.trimEnd().split(',').slice(-3)).toEqual(['owner', 'cf.region', 'cf.employees']);
  });

  it('downloads as UTF-8 starting with the byte order mark Excel looks for', async () => {
    const blob = customerImportTemplateBlob([]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 7)]).toEqual([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('code')]);
  });
});

describe('toDuplicateRows', () => {
  const texts: DuplicateTexts = {
    fieldLabel: (field) => ({ name: 'Name', phone: 'Phone', email: 'Email' })[field] ?? field,
    earlierRow: (row) => `row ${row} of this file`,
    outsideScope: 'a customer outside your scope',
  };

  it('links a duplicate of a customer the user may see, by code and name', () => {
    const duplicate: ImportDuplicate = { row: 2, matchedOn: ['name', 'phone'], existing: { id: 41, code: 'CUS0000041', name: 'Acme Ltd.' } };
    expect(toDuplicateRows([duplicate], texts)).toEqual([
      { row: 2, matchedOn: 'Name, Phone', customer: { id: 41, text: 'CUS0000041 Acme Ltd.' }, note: null },
    ]);
  });

  it('names the earlier row a row repeats', () => {
    const duplicate: ImportDuplicate = { row: 5, matchedOn: ['email'], existing: null, earlierRow: 3 };
    expect(toDuplicateRows([duplicate], texts)).toEqual([{ row: 5, matchedOn: 'Email', customer: null, note: 'row 3 of this file' }]);
  });

  it('says only that a customer the user may not see matched', () => {
    const duplicate: ImportDuplicate = { row: 4, matchedOn: ['phone'], existing: null };
    expect(toDuplicateRows([duplicate], texts)).toEqual([{ row: 4, matchedOn: 'Phone', customer: null, note: 'a customer outside your scope' }]);
  });
});
