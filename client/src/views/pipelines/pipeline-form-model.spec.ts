import { describe, expect, it } from 'vitest';
import type { Pipeline } from '@/api/types';
import { moveStage, toPipelineBody, toPipelineFormModel } from './pipeline-form-model';

const pipeline: Pipeline = {
  id: 1,
  nameEn: 'Standard',
  nameZh: '标准',
  isDefault: true,
  version: 1,
  stages: [
    { id: 10, nameEn: 'Lead', nameZh: '线索', probability: 10, sortOrder: 10, stageType: 'open' },
    { id: 11, nameEn: 'Won', nameZh: '赢单', probability: 100, sortOrder: 20, stageType: 'won' },
  ],
};

describe('pipeline form model', () => {
  it('keeps existing stages by id and sends new ones without', () => {
    const model = toPipelineFormModel(pipeline);
    model.stages.push({ nameEn: ' Lost ', nameZh: '输单', probability: 0, stageType: 'lost' });
    expect(toPipelineBody(model).stages.map((stage) => [stage.id, stage.nameEn])).toEqual([
      [10, 'Lead'],
      [11, 'Won'],
      [undefined, 'Lost'],
    ]);
  });

  it('starts a new pipeline with an open, a won and a lost stage', () => {
    expect(toPipelineFormModel().stages.map((stage) => stage.stageType)).toEqual(['open', 'won', 'lost']);
  });

  it('reorders stages within bounds', () => {
    const { stages } = toPipelineFormModel(pipeline);
    moveStage(stages, 1, -1);
    expect(stages.map((stage) => stage.id)).toEqual([11, 10]);
    moveStage(stages, 0, -1);
    expect(stages.map((stage) => stage.id)).toEqual([11, 10]);
  });
});
