/**
 * Name fragments, most common first: drawn with Zipf-like weights so a few fragments appear in a
 * large share of names and the tail is rare, as in a real customer base.
 */
export const CITIES = [
  '上海', '北京', '深圳', '广州', '杭州', '苏州', '成都', '南京', '武汉', '天津', '重庆', '宁波', '青岛', '无锡', '厦门',
  '西安', '长沙', '郑州', '合肥', '佛山', '东莞', '济南', '大连', '福州', '昆明', '沈阳', '南昌', '温州', '常州', '嘉兴',
];

/** Brand names are two characters: one of these, then one of BRAND_SECOND. */
export const BRAND_FIRST = [
  '华', '中', '金', '新', '东', '天', '恒', '宏', '盛', '瑞', '鑫', '远', '信', '联', '汇', '博', '嘉', '海', '永', '安',
  '泰', '明', '光', '凯', '德', '通', '达', '丰', '兴', '昌', '和', '正', '国', '长', '誉', '晟', '骏', '翔', '麟', '璟',
];
export const BRAND_SECOND = [
  '星', '达', '泰', '源', '丰', '通', '科', '博', '安', '明', '嘉', '华', '盛', '诚', '创', '宇', '润', '腾', '锐', '峰',
  '辰', '捷', '越', '鼎', '睿', '航', '澜', '珏', '琨', '翊',
];

export const INDUSTRY_WORDS = [
  '科技', '贸易', '制造', '电子', '信息技术', '物流', '医疗器械', '新能源', '建材', '食品', '化工', '文化传媒', '环保', '生物医药',
  '精密机械', '智能装备', '供应链', '汽车零部件', '光电', '半导体',
];
export const CN_COMPANY_SUFFIXES = ['有限公司', '有限公司', '有限公司', '股份有限公司', '集团有限公司'];

export const LATIN_FIRST = [
  'Global', 'Golden', 'Pacific', 'Eastern', 'Silver', 'Summit', 'North', 'Bright', 'Blue', 'Atlas', 'Crown', 'Delta',
  'Prime', 'Apex', 'Royal', 'United', 'Star', 'Ocean', 'Green', 'Phoenix', 'Dragon', 'Lotus', 'Jade', 'Harmony', 'Orient',
  'Vertex', 'Nova', 'Horizon', 'Pioneer', 'Sterling', 'Meridian', 'Cobalt', 'Falcon', 'Cedar', 'Aurora', 'Granite',
  'Sapphire', 'Beacon', 'Keystone', 'Evergreen', 'Ironwood', 'Lumina', 'Quantum', 'Solstice', 'Tundra', 'Zenith',
  'Obsidian', 'Marigold', 'Halcyon', 'Xylo',
];
export const LATIN_SECOND = [
  'Tech', 'Trading', 'Systems', 'Industries', 'Logistics', 'Electronics', 'Solutions', 'Machinery', 'Medical', 'Energy',
  'Materials', 'Foods', 'Chemicals', 'Networks', 'Devices', 'Motors', 'Textiles', 'Instruments', 'Optics', 'Robotics',
  'Harbor', 'Bridge', 'Forge', 'Works', 'Labs', 'Ventures', 'Dynamics', 'Partners', 'Holdings', 'Components',
];
export const LATIN_SUFFIXES = ['Co., Ltd.', 'Ltd.', 'Inc.', 'Group', 'Corp.', 'GmbH', 'Pte. Ltd.', 'LLC'];

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '欧阳', '司马', '上官', '诸葛',
];
export const GIVEN_NAMES = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平',
  '刚', '桂英', '建华', '志强', '晓明', '海燕', '子涵', '欣怡', '浩然', '梓萱', '宇轩', '思远', '一鸣', '雨桐', '俊熙',
];
export const LATIN_GIVEN = [
  'James', 'Anna', 'David', 'Maria', 'Michael', 'Sofia', 'Daniel', 'Emma', 'Lucas', 'Olivia', 'Noah', 'Mia', 'Thomas',
  'Laura', 'Felix', 'Chloe', 'Henrik', 'Ingrid', 'Mateo', 'Yuki',
];
export const LATIN_FAMILY = [
  'Smith', 'Miller', 'Schmidt', 'Rossi', 'Martin', 'Dubois', 'Wilson', 'Garcia', 'Müller', 'Nguyen', 'Tanaka', 'Kim',
  'Novak', 'Jensen', 'Costa', 'Fischer', 'Lindqvist', 'Okafor', 'Moreau', 'Kowalski',
];

export const TITLES = ['总经理', '采购经理', '技术总监', '财务总监', '销售总监', '行政主管', 'CEO', 'CFO', 'Purchasing Manager', 'IT Director', 'Engineer'];
export const CONTACT_ROLES = ['decision_maker', 'influencer', 'purchaser', 'technical', 'finance', 'user', 'other'];

/** Picklist keys from the server's default picklists, most frequent first. */
export const INDUSTRIES = ['manufacturing', 'it', 'retail', 'logistics', 'finance', 'healthcare', 'energy', 'education', 'government', 'other'];
export const LEVELS: Array<[string, number]> = [['C', 0.55], ['B', 0.33], ['A', 0.12]];
export const SOURCES = ['website', 'referral', 'exhibition', 'cold_call', 'partner', 'advertising', 'other'];
export const REGIONS = ['east', 'south', 'north', 'central', 'west', 'northeast', 'overseas'];

/** The picklist and the two custom fields the generator adds, so custom-field filters can be measured. */
export const SEGMENT_PICKLIST = {
  key: 'segment',
  en: 'Segment',
  zh: '客户细分',
  options: [
    ['smb', 'Small business', '小微企业'],
    ['mid_market', 'Mid-market', '中型企业'],
    ['enterprise', 'Enterprise', '大型企业'],
    ['startup', 'Start-up', '初创企业'],
    ['public_sector', 'Public sector', '公共部门'],
  ] as Array<[string, string, string]>,
};
export const SEGMENT_FIELD = 'segment';
export const REVENUE_FIELD = 'annual_revenue';

/**
 * Search terms the benchmark uses, chosen from the vocabulary by expected frequency at size L: a
 * rare fragment (the rarest first word with the rarest second word, about ten customers), a
 * middling one (a few thousand), a common one (tens of thousands), a common Chinese character and a
 * rare two-character Chinese brand. The benchmark reports how many customers each matches.
 */
export const SEARCH_TERMS = {
  rare: 'Xylo Components',
  middling: 'Sapphire',
  common: 'Trading',
  cjk1: '鑫',
  cjk2: '璟翊',
};
