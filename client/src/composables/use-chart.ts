import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue';

/**
 * Every chart goes through here: ECharts is loaded when the first chart mounts (its own chunk),
 * the chart follows its option, resizes with its element and is disposed with the component.
 */
export function useChart(element: Ref<HTMLElement | undefined>, option: () => EChartsCoreOption | null) {
  const chart = shallowRef<EChartsType | null>(null);
  let observer: ResizeObserver | null = null;
  let unmounted = false;

  function draw(): void {
    const current = option();
    if (chart.value && current) chart.value.setOption(current, { notMerge: true });
  }

  onMounted(async () => {
    const { init } = await import('@/utils/echarts');
    if (unmounted || !element.value) return;
    chart.value = init(element.value);
    draw();
    observer = new ResizeObserver(() => chart.value?.resize());
    observer.observe(element.value);
  });

  watch(option, draw);

  onBeforeUnmount(() => {
    unmounted = true;
    observer?.disconnect();
    chart.value?.dispose();
    chart.value = null;
  });

  return { chart };
}
