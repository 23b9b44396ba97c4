/** The option sets a new installation starts with; administrators edit them freely afterwards. */
export interface DefaultPicklist {
  key: string;
  en: string;
  zh: string;
  options: Array<[key: string, en: string, zh: string, color?: string]>;
}

export const DEFAULT_PICKLISTS: DefaultPicklist[] = [
  {
    key: 'industry',
    en: 'Industry',
    zh: '行业',
    options: [
      ['manufacturing', 'Manufacturing', '制造业'],
      ['retail', 'Retail', '零售'],
      ['it', 'IT & software', '信息技术'],
      ['finance', 'Finance', '金融'],
      ['healthcare', 'Healthcare', '医疗健康'],
      ['education', 'Education', '教育'],
      ['energy', 'Energy', '能源'],
      ['logistics', 'Logistics', '物流'],
      ['government', 'Government', '政府机构'],
      ['other', 'Other', '其他'],
    ],
  },
  {
    key: 'customer_level',
    en: 'Customer level',
    zh: '客户等级',
    options: [
      ['A', 'A - key account', 'A - 重点客户', '#d4380d'],
      ['B', 'B - regular', 'B - 普通客户', '#d48806'],
      ['C', 'C - small', 'C - 小客户', '#8c8c8c'],
    ],
  },
  {
    key: 'source',
    en: 'Source',
    zh: '客户来源',
    options: [
      ['website', 'Website', '官网'],
      ['referral', 'Referral', '客户介绍'],
      ['exhibition', 'Exhibition', '展会'],
      ['cold_call', 'Cold call', '电话拜访'],
      ['partner', 'Partner', '合作伙伴'],
      ['advertising', 'Advertising', '广告'],
      ['other', 'Other', '其他'],
    ],
  },
  {
    key: 'region',
    en: 'Region',
    zh: '区域',
    options: [
      ['east', 'East China', '华东'],
      ['north', 'North China', '华北'],
      ['south', 'South China', '华南'],
      ['central', 'Central China', '华中'],
      ['west', 'West China', '西部'],
      ['northeast', 'Northeast China', '东北'],
      ['overseas', 'Overseas', '海外'],
    ],
  },
  {
    key: 'unit',
    en: 'Unit',
    zh: '单位',
    options: [
      ['pcs', 'Piece', '个'],
      ['set', 'Set', '套'],
      ['box', 'Box', '箱'],
      ['kg', 'Kilogram', '千克'],
      ['m', 'Metre', '米'],
      ['hour', 'Hour', '小时'],
      ['license', 'Licence', '许可'],
      ['year', 'Year', '年'],
    ],
  },
  {
    key: 'activity_type',
    en: 'Activity type',
    zh: '跟进方式',
    options: [
      ['call', 'Call', '电话'],
      ['visit', 'Visit', '拜访'],
      ['meeting', 'Meeting', '会议'],
      ['email', 'Email', '邮件'],
      ['note', 'Note', '备注'],
    ],
  },
  {
    key: 'lost_reason',
    en: 'Lost reason',
    zh: '丢单原因',
    options: [
      ['price', 'Price', '价格'],
      ['competitor', 'Lost to a competitor', '竞争对手'],
      ['no_budget', 'No budget', '无预算'],
      ['no_decision', 'No decision', '无决策'],
      ['product_fit', 'Product did not fit', '产品不匹配'],
      ['other', 'Other', '其他'],
    ],
  },
  {
    key: 'contact_role',
    en: 'Contact role',
    zh: '联系人角色',
    options: [
      ['decision_maker', 'Decision maker', '决策者'],
      ['influencer', 'Influencer', '影响者'],
      ['purchaser', 'Purchaser', '采购'],
      ['technical', 'Technical', '技术'],
      ['finance', 'Finance', '财务'],
      ['user', 'User', '使用者'],
      ['other', 'Other', '其他'],
    ],
  },
];
