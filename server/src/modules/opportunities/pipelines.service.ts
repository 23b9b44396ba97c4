import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { conflict, foundOrFail, invalid } from '../../common/errors/app-error.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import { Pipeline, PipelineStage } from './opportunity.entity.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import type { PipelineDto, PipelineInputDto, StageInputDto } from './opportunities.dto.js';

/** Sales pipelines and their ordered stages, editable by administrators. */
@Injectable()
export class PipelinesService {
  private cache: { at: number; pipelines: Promise<PipelineDto[]> } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly opportunities: OpportunitiesRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<PipelineDto[]> {
    if (!this.cache || Date.now() - this.cache.at > 30_000) {
      const pipelines = this.load();
      this.cache = { at: Date.now(), pipelines };
      pipelines.catch(() => (this.cache = null));
    }
    return this.cache.pipelines;
  }

  async pipelineOrDefault(id?: number, field = 'pipelineId'): Promise<PipelineDto> {
    const pipelines = await this.list();
    const pipeline = id ? pipelines.find((p) => p.id === id) : (pipelines.find((p) => p.isDefault) ?? pipelines[0]);
    if (!pipeline) throw invalid([{ field, reason: 'is not an active pipeline' }]);
    return pipeline;
  }

  async create(actor: Actor, dto: PipelineInputDto): Promise<PipelineDto> {
    checkStages(dto.stages);
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(Pipeline, { nameEn: dto.nameEn, nameZh: dto.nameZh, isDefault: false, isActive: true, sortOrder: 100, createdBy: actor.id, version: 1 });
      const pipelineId = Number(identifiers[0].id);
      await manager.insert(PipelineStage, dto.stages.map((stage, i) => ({ ...stage, id: undefined, pipelineId, sortOrder: (i + 1) * 10, createdBy: actor.id, version: 1 })));
      await this.audit.recordChange(manager, actor, 'pipeline', 'create', pipelineId, null, { ...dto, stages: dto.stages.map((s) => s.nameEn) });
      return pipelineId;
    });
    return this.reloaded(id);
  }

  /**
   * Renames the pipeline and sets its stages in order: listed ids are kept (and may be renamed or
   * reordered), new ones are added, and a stage left out is removed unless opportunities are in it.
   */
  async update(actor: Actor, id: number, dto: PipelineInputDto): Promise<PipelineDto> {
    checkStages(dto.stages);
    const before = foundOrFail((await this.list()).find((p) => p.id === id), 'Pipeline', id);
    await this.dataSource.transaction(async (manager) => {
      await updateVersioned(manager, Pipeline, id, undefined, { nameEn: dto.nameEn, nameZh: dto.nameZh });
      const kept = new Set(dto.stages.map((s) => s.id).filter((s): s is number => s !== undefined));
      for (const stage of before.stages.filter((s) => !kept.has(s.id))) {
        if (await this.opportunities.stageInUse(stage.id, manager)) {
          throw conflict('STAGE_IN_USE', `Opportunities are in stage "${stage.nameEn}"; move them before removing it`);
        }
        await manager.delete(PipelineStage, { id: stage.id });
      }
      for (const [i, stage] of dto.stages.entries()) {
        const values = { nameEn: stage.nameEn, nameZh: stage.nameZh, probability: stage.probability, stageType: stage.stageType, sortOrder: (i + 1) * 10 };
        if (stage.id === undefined) await manager.insert(PipelineStage, { ...values, pipelineId: id, createdBy: actor.id, version: 1 });
        else if (!before.stages.some((s) => s.id === stage.id)) throw invalid([{ field: `stages.${i}.id`, reason: 'is not a stage of this pipeline' }]);
        else await updateVersioned(manager, PipelineStage, stage.id, undefined, values);
      }
      await this.audit.recordChange(manager, actor, 'pipeline', 'update', id, { stages: before.stages.map((s) => s.nameEn) }, { stages: dto.stages.map((s) => s.nameEn) });
    });
    return this.reloaded(id);
  }

  private async reloaded(id: number): Promise<PipelineDto> {
    this.cache = null;
    return foundOrFail((await this.list()).find((p) => p.id === id), 'Pipeline', id);
  }

  private async load(): Promise<PipelineDto[]> {
    const pipelines = await this.opportunities.pipelines();
    const stages = await this.opportunities.stages(pipelines.map((p) => p.id));
    return pipelines.map((pipeline) => ({
      id: pipeline.id,
      nameEn: pipeline.nameEn,
      nameZh: pipeline.nameZh,
      isDefault: pipeline.isDefault,
      version: pipeline.version,
      stages: stages
        .filter((stage) => stage.pipelineId === pipeline.id)
        .map(({ id, nameEn, nameZh, probability, sortOrder, stageType }) => ({ id, nameEn, nameZh, probability, sortOrder, stageType })),
    }));
  }
}

function checkStages(stages: StageInputDto[]): void {
  for (const type of ['open', 'won', 'lost'] as const) {
    if (!stages.some((stage) => stage.stageType === type)) {
      throw invalid([{ field: 'stages', reason: `needs at least one ${type} stage` }]);
    }
  }
}
