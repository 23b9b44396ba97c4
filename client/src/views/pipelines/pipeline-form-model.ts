import type { Pipeline, PipelineBody, StageType } from '@/api/types';

export interface StageRow {
  /** An existing stage keeps its id; a new one has none. */
  id?: number;
  nameEn: string;
  nameZh: string;
  probability: number;
  stageType: StageType;
}

export interface PipelineFormModel {
  nameEn: string;
  nameZh: string;
  stages: StageRow[];
}

/** A new pipeline starts with the three kinds of stage the server requires. */
const NEW_STAGES: StageRow[] = [
  { nameEn: 'Qualification', nameZh: '资格确认', probability: 10, stageType: 'open' },
  { nameEn: 'Won', nameZh: '赢单', probability: 100, stageType: 'won' },
  { nameEn: 'Lost', nameZh: '输单', probability: 0, stageType: 'lost' },
];

export function toPipelineFormModel(pipeline?: Pipeline | null): PipelineFormModel {
  return {
    nameEn: pipeline?.nameEn ?? '',
    nameZh: pipeline?.nameZh ?? '',
    stages: (pipeline?.stages ?? NEW_STAGES).map(({ nameEn, nameZh, probability, stageType, ...rest }) => ({
      ...('id' in rest && pipeline ? { id: rest.id } : {}),
      nameEn,
      nameZh,
      probability,
      stageType,
    })),
  };
}

/** The whole pipeline in order: kept stages by id, new ones without; left-out stages are removed. */
export function toPipelineBody(model: PipelineFormModel): PipelineBody {
  return {
    nameEn: model.nameEn.trim(),
    nameZh: model.nameZh.trim(),
    stages: model.stages.map((stage) => ({ ...stage, nameEn: stage.nameEn.trim(), nameZh: stage.nameZh.trim() })),
  };
}

/** Where server problems on stages land: each stage row's cells. */
export function stagePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => ['id', 'nameEn', 'nameZh', 'probability', 'stageType'].map((field) => `stages.${i}.${field}`)).flat();
}

/** Moves the stage at `index` one place up (-1) or down (+1). */
export function moveStage(stages: StageRow[], index: number, step: -1 | 1): void {
  const target = index + step;
  if (target < 0 || target >= stages.length) return;
  const [stage] = stages.splice(index, 1);
  if (stage) stages.splice(target, 0, stage);
}
