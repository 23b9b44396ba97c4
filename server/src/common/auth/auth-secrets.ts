import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppSetting } from '../database/app-setting.entity.js';

const SECRET_KEY = 'auth.jwt_secret';

/**
 * The token-signing secret: JWT_SECRET when set, otherwise one generated on first start and kept in
 * the database, so restarts and several server processes share it.
 */
@Injectable()
export class AuthSecrets implements OnModuleInit {
  /**
   * The secret as a key object, made once: given a string, jsonwebtoken first tries to read it as
   * a public key on every verification, which was half the cost of an authenticated request.
   */
  jwtKey: KeyObject = createSecretKey(randomBytes(32));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.use(this.config.jwtSecret);
      return;
    }
    const settings = this.dataSource.getRepository(AppSetting);
    const stored = await settings.findOneBy({ settingKey: SECRET_KEY });
    if (stored) {
      this.use(stored.settingValue);
      return;
    }
    const generated = randomBytes(48).toString('base64url');
    try {
      await settings.insert({ settingKey: SECRET_KEY, settingValue: generated });
      this.use(generated);
    } catch {
      // Another process won the race; use its secret.
      this.use((await settings.findOneByOrFail({ settingKey: SECRET_KEY })).settingValue);
    }
  }

  private use(secret: string): void {
    this.jwtKey = createSecretKey(Buffer.from(secret, 'utf8'));
  }
}
