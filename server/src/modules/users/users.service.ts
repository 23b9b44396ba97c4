import { Injectable } from '@nestjs/common';
import { type LoginRecord, UsersRepository } from './users.repository.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  findForLogin(username: string): Promise<LoginRecord | null> {
    return this.users.findForLogin(username);
  }

  recordLoginFailure(userId: number, maxFailures: number, lockUntil: Date): Promise<number> {
    return this.users.recordFailure(userId, maxFailures, lockUntil);
  }

  recordLoginSuccess(userId: number): Promise<void> {
    return this.users.recordSuccess(userId);
  }

  findOwnerPlacement(id: number) {
    return this.users.findOwnerPlacement(id);
  }

  findById(id: number): Promise<User | null> {
    return this.users.findById(id);
  }

  listAssignable() {
    return this.users.listActive();
  }
}
