type Stage = [nameEn: string, nameZh: string, probability: number, type: 'open' | 'won' | 'lost'];

export interface DefaultPipeline {
  nameEn: string;
  nameZh: string;
  isDefault: boolean;
  stages: Stage[];
}

const CLOSED: Stage[] = [
  ['Won', '赢单', 100, 'won'],
  ['Lost', '丢单', 0, 'lost'],
];

/**
 * A standard sales pipeline, and the nine-step project pipeline many project-selling companies
 * follow, from project establishment to expansion.
 */
export const DEFAULT_PIPELINES: DefaultPipeline[] = [
  {
    nameEn: 'Standard sales',
    nameZh: '标准销售',
    isDefault: true,
    stages: [
      ['Qualification', '资格确认', 10, 'open'],
      ['Needs analysis', '需求分析', 25, 'open'],
      ['Proposal', '方案报价', 50, 'open'],
      ['Negotiation', '商务谈判', 75, 'open'],
      ...CLOSED,
    ],
  },
  {
    nameEn: 'Project sales',
    nameZh: '项目型销售',
    isDefault: false,
    stages: [
      ['Project establishment', '项目立项', 5, 'open'],
      ['Project tracking', '项目跟踪', 10, 'open'],
      ['Technical confirmation', '技术确认', 30, 'open'],
      ['Business confirmation', '商务确认', 50, 'open'],
      ['Contract signing', '合同签订', 80, 'open'],
      ['Supply and payment', '供货回款', 90, 'open'],
      ['After-sales service', '售后服务', 95, 'open'],
      ['Return visits', '客户回访', 95, 'open'],
      ['Expansion', '深度拓展', 95, 'open'],
      ...CLOSED,
    ],
  },
];
