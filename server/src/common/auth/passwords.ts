import { hash, verify } from '@node-rs/argon2';
import { type FieldProblem } from '../errors/app-error.js';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 is Argon2id (a const enum in the package's types, which isolated builds cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spent on unknown usernames so their answer takes as long as a wrong password. */
let decoyHash: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-never-matches');
  await verifyPassword(await decoyHash, password);
}

/**
 * At least 8 characters, three of: lower case, upper case, digit, symbol; not containing the
 * username. Returns the problems, empty when the password is acceptable.
 */
export function passwordProblems(password: string, username: string, field = 'password'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (password.length < 8) problems.push({ field, reason: 'must be at least 8 characters' });
  if (password.length > 128) problems.push({ field, reason: 'must be at most 128 characters' });
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    problems.push({ field, reason: 'must mix at least three of: lower case, upper case, digits, symbols' });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ field, reason: 'must not contain the username' });
  }
  return problems;
}
