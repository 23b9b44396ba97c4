import { Random, Skewed } from './random.js';
import { cents } from './pricing.js';

/**
 * The product catalogue orders sell from: a few categories of goods and services, each product with
 * a list price, a cost and its VAT rate (13% goods, 9% transport, 6% software and services).
 */
interface CategorySpec {
  name: string;
  prefix: string;
  items: Array<[zh: string, en: string]>;
  units: string[];
  /** Hundredths of a percent. */
  taxBasis: number;
  /** List prices in yuan, drawn log-uniformly between these. */
  price: [number, number];
}

const CATEGORIES: CategorySpec[] = [
  {
    name: '服务器与存储 Servers & storage', prefix: 'HW', units: ['set'], taxBasis: 1300, price: [8_000, 90_000],
    items: [['机架服务器', 'Rack server'], ['塔式服务器', 'Tower server'], ['存储阵列', 'Storage array'], ['备份一体机', 'Backup appliance']],
  },
  {
    name: '网络设备 Networking', prefix: 'NW', units: ['pcs'], taxBasis: 1300, price: [600, 40_000],
    items: [['核心交换机', 'Core switch'], ['接入交换机', 'Access switch'], ['防火墙', 'Firewall'], ['无线接入点', 'Wireless AP'], ['路由器', 'Router']],
  },
  {
    name: '终端设备 Terminals', prefix: 'TM', units: ['pcs'], taxBasis: 1300, price: [300, 8_000],
    items: [['手持终端', 'Handheld terminal'], ['工业平板', 'Industrial tablet'], ['条码打印机', 'Barcode printer'], ['扫码枪', 'Barcode scanner']],
  },
  {
    name: '软件许可 Software licences', prefix: 'SW', units: ['license', 'year'], taxBasis: 600, price: [800, 80_000],
    items: [['ERP 用户许可', 'ERP user licence'], ['仓储管理系统', 'Warehouse management'], ['CRM 用户许可', 'CRM user licence'], ['商业智能', 'BI dashboards'], ['财务软件', 'Finance suite']],
  },
  {
    name: '实施与培训 Services', prefix: 'SV', units: ['hour'], taxBasis: 600, price: [400, 1_800],
    items: [['实施服务', 'Implementation'], ['现场培训', 'On-site training'], ['定制开发', 'Custom development'], ['数据迁移', 'Data migration']],
  },
  {
    name: '维保 Maintenance', prefix: 'MT', units: ['year'], taxBasis: 600, price: [2_000, 30_000],
    items: [['年度维保', 'Annual maintenance'], ['延保服务', 'Extended warranty'], ['驻场支持', 'Resident support']],
  },
  {
    name: '耗材 Consumables', prefix: 'CS', units: ['box', 'pcs', 'm'], taxBasis: 1300, price: [20, 900],
    items: [['标签纸', 'Label roll'], ['碳带', 'Ribbon'], ['电池组', 'Battery pack'], ['线缆', 'Cable']],
  },
  {
    name: '物流服务 Logistics', prefix: 'LG', units: ['set'], taxBasis: 900, price: [200, 3_000],
    items: [['运输服务', 'Freight'], ['仓储服务', 'Warehousing']],
  },
];

const VARIANTS = ['S', 'Pro', 'Max', 'Lite', 'X', 'Plus'];

export interface Product {
  id: number;
  categoryId: number;
  code: string;
  name: string;
  unit: string;
  listPriceCents: number;
  costCents: number;
  taxBasis: number;
}

export interface Catalogue {
  categories: Array<{ id: number; name: string }>;
  products: Product[];
  /** Popular products first: a few sell on most orders. */
  popular: Skewed<Product>;
}

/** Prices people write: whole tens above a thousand yuan, whole yuan above ten, else to the jiao. */
function roundPrice(yuan: number): number {
  if (yuan >= 1000) return Math.round(yuan / 10) * 1000;
  if (yuan >= 10) return Math.round(yuan) * 100;
  return Math.round(yuan * 10) * 10;
}

export function buildCatalogue(seed: number): Catalogue {
  const random = new Random(seed ^ 0x5eed_ca7a);
  const categories = CATEGORIES.map((spec, i) => ({ id: i + 1, name: spec.name }));
  const products: Product[] = [];
  for (const [c, spec] of CATEGORIES.entries()) {
    let n = 0;
    for (const [zh, en] of spec.items) {
      for (const variant of VARIANTS) {
        const model = `${variant}${random.int(1, 9)}${random.int(0, 9)}0`;
        const [low, high] = spec.price;
        const listPriceCents = roundPrice(low * Math.pow(high / low, random.next()));
        products.push({
          id: products.length + 1,
          categoryId: c + 1,
          code: `${spec.prefix}-${String(++n).padStart(4, '0')}`,
          name: `${zh} ${model} / ${en} ${model}`,
          unit: random.pick(spec.units),
          listPriceCents,
          costCents: Math.round((listPriceCents * random.int(55, 85)) / 100),
          taxBasis: spec.taxBasis,
        });
      }
    }
  }
  return { categories, products, popular: new Skewed(random.shuffle(products), 0.9) };
}

/** How many of a unit one line sells, in ten-thousandths: hours by the half. */
export function quantityFor(unit: string, random: Random): number {
  switch (unit) {
    case 'set':
      return random.int(1, 5) * 10_000;
    case 'year':
      return random.int(1, 3) * 10_000;
    case 'license':
      return random.int(5, 200) * 10_000;
    case 'hour':
      return random.int(16, 320) * 5_000;
    case 'm':
      return random.int(10, 500) * 10_000;
    default:
      return random.int(1, 60) * 10_000;
  }
}

export function productRows(catalogue: Catalogue, since: Date): unknown[][] {
  return catalogue.products.map((p) => [p.id, p.code, p.name, p.categoryId, p.unit, null, cents(p.listPriceCents), cents(p.costCents), cents(p.taxBasis), true, null, since, since, 1]);
}

export const PRODUCT_COLUMNS = ['id', 'code', 'name', 'category_id', 'unit', 'specification', 'list_price', 'cost', 'tax_rate', 'is_active', 'notes', 'created_at', 'updated_at', 'version'];
export const CATEGORY_COLUMNS = ['id', 'name', 'parent_id', 'sort_order', 'created_at', 'updated_at', 'version'];

export function categoryRows(catalogue: Catalogue, since: Date): unknown[][] {
  return catalogue.categories.map((c) => [c.id, c.name, null, c.id * 10, since, since, 1]);
}
