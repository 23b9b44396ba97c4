import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access/decorators.js';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'], enumName: 'HealthStatus' }) status: 'ok' | 'degraded';
  @ApiProperty() database: { type: string; up: boolean; latencyMs: number | null };
  @ApiProperty() uptimeSeconds: number;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'getHealth', summary: 'Server and database status' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const started = performance.now();
    let up = true;
    try {
      await this.dataSource.query(this.dataSource.options.type === 'oracle' ? 'SELECT 1 FROM DUAL' : 'SELECT 1');
    } catch {
      up = false;
    }
    if (!up) void reply.status(503);
    return {
      status: up ? 'ok' : 'degraded',
      database: { type: String(this.dataSource.options.type), up, latencyMs: up ? Math.round((performance.now() - started) * 100) / 100 : null },
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
