import { Contact } from './contact.entity.js';
import { ContactDto } from './contacts.dto.js';
import { type CustomerWithOwner } from './customers.repository.js';
import { type CreateCustomerDto, CustomerDto, type UpdateCustomerDto } from './customers.dto.js';
import { type Customer } from './customer.entity.js';

export function toCustomerDto(row: CustomerWithOwner, customFields: Record<string, unknown> = {}): CustomerDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    customerType: row.customerType,
    industry: row.industry,
    customerLevel: row.customerLevel,
    source: row.source,
    region: row.region,
    address: row.address,
    phone: row.phone,
    email: row.email,
    website: row.website,
    tags: row.tags ? row.tags.split(',').filter(Boolean) : [],
    creditLimit: row.creditLimit,
    status: row.status,
    notes: row.notes,
    owner: row.ownerId === null ? null : { id: row.ownerId, displayName: row.owner?.displayName ?? '' },
    customFields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    version: row.version,
  };
}

export function toContactDto(
  row: Contact & { customer?: { id: number; code: string; name: string } },
  customFields: Record<string, unknown> = {},
): ContactDto {
  return {
    id: row.id,
    customerId: row.customerId,
    customer: row.customer ? { id: row.customer.id, code: row.customer.code, name: row.customer.name } : undefined,
    name: row.name,
    title: row.title,
    contactRole: row.contactRole,
    mobile: row.mobile,
    phone: row.phone,
    email: row.email,
    birthday: row.birthday,
    isPrimary: row.isPrimary,
    notes: row.notes,
    ownerId: row.ownerId,
    customFields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}


/** The table's columns from a create or update body: tags as the stored comma-separated text. */
export function customerColumnsOf(dto: Omit<UpdateCustomerDto, 'version'> | CreateCustomerDto): Partial<Customer> {
  const { tags, ...rest } = dto as Record<string, unknown> & { tags?: string[] | null };
  delete rest.ownerId;
  delete rest.customFields;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (tags !== undefined) fields.tags = tags && tags.length ? tags.map((tag) => tag.replace(/,/g, ' ')).join(',') : null;
  return fields as Partial<Customer>;
}
