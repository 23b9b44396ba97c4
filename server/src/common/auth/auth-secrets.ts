import { randomBytes } from 'node:crypto';
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
  jwtSecret = '';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.jwtSecret = this.config.jwtSecret;
      return;
    }
    const settings = this.dataSource.getRepository(AppSetting);
    const stored = await settings.findOneBy({ settingKey: SECRET_KEY });
    if (stored) {
      this.jwtSecret = stored.settingValue;
      return;
    }
    const generated = randomBytes(48).toString('base64url');
    try {
      await settings.insert({ settingKey: SECRET_KEY, settingValue: generated });
      this.jwtSecret = generated;
    } catch {
      // Another process won the race; use its secret.
      this.jwtSecret = (await settings.findOneByOrFail({ settingKey: SECRET_KEY })).settingValue;
    }
  }
}
