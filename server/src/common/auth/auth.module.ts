import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from '../access/access.guard.js';
import { UsersModule } from '../../modules/users/users.module.js';
import { AuthSecrets } from './auth-secrets.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';

@Global()
@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [AuthSecrets],
      extraProviders: [AuthSecrets],
      useFactory: (secrets: AuthSecrets) => ({
        // @nestjs/jwt types the key as a string or Buffer; jsonwebtoken signs with a KeyObject as well.
        secretOrKeyProvider: () => secrets.jwtKey as unknown as string,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthSecrets, AuthService, JwtStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthSecrets],
})
export class AuthModule {}
