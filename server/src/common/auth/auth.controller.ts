import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentActor, Public } from '../access/decorators.js';
import { Actor } from '../access/actor.js';
import { AuthService } from './auth.service.js';
import { LoginDto, MeDto, RefreshDto, TokenPairDto } from './auth.dto.js';

/** Per client address; the limit itself is LOGIN_RATE_LIMIT (see createApp). */
const LOGIN_RATE_LIMIT = { rateLimit: { timeWindow: '1 minute' } };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @RouteConfig(LOGIN_RATE_LIMIT)
  @ApiOperation({ operationId: 'login', summary: 'Log in with username and password' })
  @ApiOkResponse({ type: TokenPairDto })
  login(@Body() body: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(body.username, body.password);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @RouteConfig(LOGIN_RATE_LIMIT)
  @ApiOperation({ operationId: 'refreshToken', summary: 'Exchange a refresh token for a new token pair' })
  @ApiOkResponse({ type: TokenPairDto })
  refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ operationId: 'logout', summary: 'End the session the refresh token belongs to' })
  async logout(@Body() body: RefreshDto): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ operationId: 'getMe', summary: 'The current user, roles, team and permission rules' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): MeDto {
    const { profile } = actor;
    return {
      id: profile.id,
      username: profile.username,
      displayName: profile.displayName,
      locale: profile.locale,
      roles: profile.roles,
      team: { id: profile.teamId, name: profile.teamName, path: profile.teamPath },
      rules: actor.ability.rules.map((rule) => ({
        action: String(rule.action),
        subject: String(rule.subject),
        ...(rule.conditions ? { conditions: rule.conditions as Record<string, unknown> } : {}),
      })),
      grants: actor.grants,
    };
  }
}
