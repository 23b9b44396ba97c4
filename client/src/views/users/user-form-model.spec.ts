import { describe, expect, it } from 'vitest';
import type { User } from '@/api/types';
import { toCreateUserBody, toUpdateUserBody, toUserFormModel } from './user-form-model';

const USER: User = {
  id: 4,
  username: 'sales1',
  displayName: 'Sam Sales',
  email: null,
  team: { id: 3, name: 'East' },
  roles: ['sales'],
  isActive: true,
  isLocked: false,
  locale: 'en',
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 2,
};

describe('user form model', () => {
  it('creates with the password and without an empty email', () => {
    const model = { ...toUserFormModel(), username: ' lee ', displayName: 'Lee', teamId: 3, roles: ['sales'], password: 'Abcdef1!' };
    expect(toCreateUserBody(model)).toEqual({
      username: 'lee',
      displayName: 'Lee',
      teamId: 3,
      roles: ['sales'],
      locale: 'zh-CN',
      password: 'Abcdef1!',
    });
  });

  it('updates only what changed; the same roles in another order are no change', () => {
    const original = toUserFormModel(USER);
    expect(toUpdateUserBody(original, { ...original, teamId: 4, email: 'sam@x.example' }, 2)).toEqual({
      teamId: 4,
      email: 'sam@x.example',
      version: 2,
    });
    const twoRoles = toUserFormModel({ ...USER, roles: ['sales', 'service'] });
    expect(toUpdateUserBody(twoRoles, { ...twoRoles, roles: ['service', 'sales'] }, 2)).toEqual({ version: 2 });
  });
});
