import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config.js';
import { AppError, invalid } from '../../common/errors/app-error.js';
import { ALLOWED_ATTACHMENT_TYPES } from './contracts.dto.js';

type AllowedType = keyof typeof ALLOWED_ATTACHMENT_TYPES;

/** What each accepted type's file starts with: the declared type must match the bytes. */
const SIGNATURES: Record<AllowedType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [0x50, 0x4b, 0x03, 0x04],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [0x50, 0x4b, 0x03, 0x04],
};

export interface StoredFile {
  contentType: AllowedType;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/**
 * Attachment files under DATA_DIR/attachments, named by a random key (never by what the user
 * called them), after their size and type are checked: the declared content type must be one we
 * accept and the first bytes must say the same.
 */
@Injectable()
export class AttachmentStore {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.root = path.join(config.dataDir, 'attachments');
  }

  async save(body: unknown, declaredType: string | undefined): Promise<StoredFile> {
    const contentType = (declaredType ?? '').split(';')[0].trim().toLowerCase();
    if (!(contentType in SIGNATURES)) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Attach ${Object.values(ALLOWED_ATTACHMENT_TYPES).join(', ')} files only`);
    }
    if (!Buffer.isBuffer(body) || body.length === 0) throw invalid([{ field: 'file', reason: 'send the file as the request body' }]);
    if (body.length > this.config.attachmentMaxBytes) {
      throw new AppError(413, 'PAYLOAD_TOO_LARGE', `Attachments are limited to ${this.config.attachmentMaxBytes} bytes; this one has ${body.length}`);
    }
    const signature = SIGNATURES[contentType as AllowedType];
    if (!signature.every((byte, i) => body[i] === byte)) {
      throw invalid([{ field: 'file', reason: `is not a ${ALLOWED_ATTACHMENT_TYPES[contentType as AllowedType]} file, though sent as one` }]);
    }
    const storageKey = `${randomUUID()}.bin`;
    await mkdir(this.root, { recursive: true });
    await writeFile(path.join(this.root, storageKey), body, { flag: 'wx' });
    return { contentType: contentType as AllowedType, sizeBytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), storageKey };
  }

  open(storageKey: string): Readable {
    return createReadStream(this.pathOf(storageKey));
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  private pathOf(storageKey: string): string {
    // Keys are ours (uuid.bin); refuse anything else rather than trust a stored value blindly.
    if (!/^[0-9a-f-]{36}\.bin$/.test(storageKey)) throw new Error(`bad attachment key ${storageKey}`);
    return path.join(this.root, storageKey);
  }
}
