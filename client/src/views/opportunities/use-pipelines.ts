import { computed, shallowRef } from 'vue';
import { opportunitiesApi } from '@/api/opportunities-api';
import type { Pipeline, Stage } from '@/api/types';
import { usePreferencesStore } from '@/stores/preferences';

/** The sales pipelines and their stages, named in the UI language. */
export function usePipelines() {
  const pipelines = shallowRef<Pipeline[]>([]);
  const preferences = usePreferencesStore();
  const stages = computed(() => new Map(pipelines.value.flatMap((pipeline) => pipeline.stages.map((stage) => [stage.id, stage] as const))));
  const defaultPipeline = computed(() => pipelines.value.find((pipeline) => pipeline.isDefault) ?? pipelines.value[0]);

  async function load(): Promise<void> {
    if (!pipelines.value.length) pipelines.value = await opportunitiesApi.pipelines();
  }

  const nameOf = (item: { nameEn: string; nameZh: string } | undefined) =>
    item ? (preferences.locale === 'zh-CN' ? item.nameZh || item.nameEn : item.nameEn || item.nameZh) : '';
  const stageName = (id: number | null | undefined) => (id == null ? '' : nameOf(stages.value.get(id)) || `#${id}`);
  const stageOf = (id: number): Stage | undefined => stages.value.get(id);
  const pipelineOf = (id: number | undefined) => pipelines.value.find((pipeline) => pipeline.id === id);

  return { pipelines, defaultPipeline, load, nameOf, stageName, stageOf, pipelineOf };
}
