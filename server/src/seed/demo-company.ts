import { DataSource, EntityManager } from 'typeorm';
import { Team } from '../modules/teams/team.entity.js';
import { User } from '../modules/users/user.entity.js';
import { Customer } from '../modules/customers/customer.entity.js';
import { Contact } from '../modules/customers/contact.entity.js';
import { PriceList, PriceListItem, Product, ProductCategory } from '../modules/products/product.entity.js';
import { createTeam, createUser, rootTeam } from './initial-setup.js';

export const DEMO_PASSWORD = 'Demo@2026';

/** Small deterministic PRNG, so every demo install holds the same company. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

const CN_PREFIX = ['华', '东', '金', '新', '盛', '恒', '宏', '瑞', '天', '中', '远', '信'];
const CN_MIDDLE = ['星', '达', '泰', '源', '丰', '通', '海', '科', '博', '安', '明', '嘉'];
const CN_SUFFIX = ['科技有限公司', '贸易有限公司', '制造有限公司', '电子股份有限公司', '物流有限公司', '医疗器械有限公司'];
const LATIN_FIRST = ['Blue', 'North', 'Silver', 'Pacific', 'Summit', 'Bright', 'Golden', 'Atlas', 'Crown', 'Delta'];
const LATIN_SECOND = ['River', 'Peak', 'Harbor', 'Stone', 'Bridge', 'Field', 'Wave', 'Forge', 'Light', 'Gate'];
const LATIN_SUFFIX = ['Ltd.', 'Trading Co.', 'Industries', 'Systems Inc.', 'Logistics', 'Group'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰'];
const LATIN_PEOPLE = ['Anna Schmidt', 'James Miller', 'Sofia Rossi', 'Lucas Martin', 'Emma Dubois', 'Noah Wilson'];
const TITLES = ['总经理', '采购经理', '技术总监', 'CFO', 'Purchasing Manager', 'IT Director', '行政主管'];
const INDUSTRIES = ['manufacturing', 'retail', 'it', 'finance', 'healthcare', 'education', 'energy', 'logistics'];
const LEVELS = ['A', 'B', 'B', 'C', 'C', 'C'];
const SOURCES = ['website', 'referral', 'exhibition', 'cold_call', 'partner'];
const REGIONS = ['east', 'north', 'south', 'west', 'central'];

const CUSTOMERS = 300;

/** The demo company from the README: teams, one user per role, a few hundred customers. */
export async function seedDemoCompany(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const company = await rootTeam(manager);
    const sales = await createTeam(manager, 'Sales', 'department', company);
    const east = await createTeam(manager, 'East', 'team', sales);
    const west = await createTeam(manager, 'West', 'team', sales);
    const service = await createTeam(manager, 'Service', 'department', company);
    const finance = await createTeam(manager, 'Finance', 'department', company);
    const procurement = await createTeam(manager, 'Procurement', 'department', company);

    const person = (username: string, displayName: string, team: Team, roles: string[]) =>
      createUser(manager, { username, displayName, team, roles, password: DEMO_PASSWORD, email: `${username}@demo.example` });
    await person('admin', 'Administrator', company, ['admin']);
    const director = await person('director', 'Diana Director / 陈总', company, ['director']);
    const manager1 = await person('manager1', 'Mark Manager / 王经理', east, ['manager']);
    const sales1 = await person('sales1', 'Sam Sales / 李销售', east, ['sales']);
    const sales2 = await person('sales2', 'Sara Sales / 张销售', east, ['sales']);
    const sales3 = await person('sales3', 'Wes West / 刘销售', west, ['sales']);
    await person('finance', 'Fiona Finance / 赵会计', finance, ['finance']);
    await person('service', 'Steve Service / 周客服', service, ['service']);
    await person('procurement', 'Paula Procurement / 吴采购', procurement, ['procurement']);
    await manager.update(Team, { id: east.id }, { managerId: manager1.id });
    await manager.update(Team, { id: sales.id }, { managerId: manager1.id });
    // Discounts beyond the sales manager's limit go up to the director.
    await manager.update(Team, { id: company.id }, { managerId: director.id });

    // Skewed like a real team: the senior salesperson holds the most customers.
    const owners: Array<[User, Team, number]> = [
      [sales1, east, 0.4],
      [sales2, east, 0.25],
      [sales3, west, 0.25],
      [manager1, east, 0.1],
    ];
    await seedCustomers(manager, owners);
    await seedCatalogue(manager);
  });
}

const CATALOGUE: Array<[category: string, code: string, name: string, unit: string, listPrice: string, cost: string, taxRate: string]> = [
  ['Hardware', 'HW-SRV-01', 'Rack server 2U / 机架服务器', 'set', '38000.00', '29500.00', '13.00'],
  ['Hardware', 'HW-STO-01', 'Storage array 48 TB / 存储阵列', 'set', '56000.00', '44800.00', '13.00'],
  ['Hardware', 'HW-NET-01', 'Core switch / 核心交换机', 'pcs', '12800.00', '9100.00', '13.00'],
  ['Hardware', 'HW-TRM-01', 'Handheld terminal / 手持终端', 'pcs', '2300.00', '1650.00', '13.00'],
  ['Software', 'SW-ERP-01', 'ERP licence, per user / ERP 用户许可', 'license', '4800.00', '600.00', '6.00'],
  ['Software', 'SW-WMS-01', 'Warehouse management / 仓储管理系统', 'license', '68000.00', '9000.00', '6.00'],
  ['Software', 'SW-BI-01', 'BI dashboards, yearly / 商业智能年费', 'year', '15000.00', '2000.00', '6.00'],
  ['Services', 'SV-IMP-01', 'Implementation day / 实施服务', 'hour', '1200.00', '700.00', '6.00'],
  ['Services', 'SV-TRN-01', 'On-site training / 现场培训', 'hour', '900.00', '450.00', '6.00'],
  ['Services', 'SV-MNT-01', 'Annual maintenance / 年度维保', 'year', '9800.00', '4200.00', '6.00'],
];

/** A small catalogue with a general price list and a cheaper one for A-level customers. */
async function seedCatalogue(manager: EntityManager): Promise<void> {
  const categories = new Map<string, number>();
  for (const [i, name] of ['Hardware', 'Software', 'Services'].entries()) {
    const { identifiers } = await manager.insert(ProductCategory, { name, parentId: null, sortOrder: (i + 1) * 10, version: 1 });
    categories.set(name, Number(identifiers[0].id));
  }
  const productIds: Array<[number, string]> = [];
  for (const [category, code, name, unit, listPrice, cost, taxRate] of CATALOGUE) {
    const { identifiers } = await manager.insert(Product, {
      code, name, unit, listPrice, cost, taxRate, categoryId: categories.get(category)!, isActive: true, version: 1,
    });
    productIds.push([Number(identifiers[0].id), listPrice]);
  }
  const year = new Date().getUTCFullYear();
  const lists: Array<[name: string, level: string | null, priority: number, percent: number]> = [
    [`Standard ${year}`, null, 0, 97],
    [`Key accounts ${year}`, 'A', 10, 90],
  ];
  for (const [name, customerLevel, priority, percent] of lists) {
    const { identifiers } = await manager.insert(PriceList, {
      name, customerLevel, priority, currency: 'CNY', validFrom: `${year}-01-01`, validTo: `${year}-12-31`, isActive: true, version: 1,
    });
    const priceListId = Number(identifiers[0].id);
    // Integer cents times an integer percentage, rounded to the cent.
    await manager.insert(
      PriceListItem,
      productIds.map(([productId, listPrice]) => ({
        priceListId,
        productId,
        unitPrice: centsToDecimal(Math.round((decimalToCents(listPrice) * percent) / 100)),
      })),
    );
  }
}

function decimalToCents(value: string): number {
  const [whole, fraction = ''] = value.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

function centsToDecimal(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

async function seedCustomers(manager: EntityManager, owners: Array<[User, Team, number]>): Promise<void> {
  const rnd = random(2026);
  const now = Date.now();
  const customers: Partial<Customer>[] = [];
  for (let i = 1; i <= CUSTOMERS; i++) {
    let roll = rnd.next();
    const [owner, team] = owners.find(([, , share]) => (roll -= share) < 0) ?? owners[0];
    const chinese = rnd.next() < 0.65;
    const name = chinese
      ? `${rnd.pick(CN_PREFIX)}${rnd.pick(CN_MIDDLE)}${rnd.pick(CN_SUFFIX)}`
      : `${rnd.pick(LATIN_FIRST)} ${rnd.pick(LATIN_SECOND)} ${rnd.pick(LATIN_SUFFIX)}`;
    const created = new Date(now - Math.floor(rnd.next() * 400) * 86_400_000);
    customers.push({
      code: `CUS${String(i).padStart(7, '0')}`,
      name: `${name}${i % 7 === 0 ? ` ${i}` : ''}`,
      customerType: rnd.next() < 0.9 ? 'company' : 'person',
      industry: rnd.pick(INDUSTRIES),
      customerLevel: rnd.pick(LEVELS),
      source: rnd.pick(SOURCES),
      region: rnd.pick(REGIONS),
      address: chinese ? `${rnd.pick(['上海市', '北京市', '杭州市', '深圳市', '成都市'])}${100 + i}号` : `${100 + i} Market Street`,
      phone: `+86 21 ${String(5000_0000 + i * 37).slice(0, 8)}`,
      email: `contact${i}@customer${i}.example`,
      website: null,
      tags: rnd.next() < 0.3 ? 'key-account' : null,
      creditLimit: rnd.next() < 0.5 ? `${Math.floor(rnd.next() * 500) * 1000}.00` : null,
      status: rnd.next() < 0.05 ? 'archived' : 'active',
      notes: null,
      ownerId: owner.id,
      teamPath: team.teamPath,
      createdBy: owner.id,
      createdAt: created,
      updatedAt: created,
      version: 1,
    });
  }
  for (let start = 0; start < customers.length; start += 100) {
    await manager.insert(Customer, customers.slice(start, start + 100));
  }
  const saved = await manager.find(Customer, { select: { id: true, ownerId: true, teamPath: true, createdAt: true }, order: { id: 'ASC' } });
  const contacts: Partial<Contact>[] = [];
  for (const customer of saved) {
    const count = 1 + Math.floor(rnd.next() * 3);
    for (let n = 0; n < count; n++) {
      const chinese = rnd.next() < 0.75;
      contacts.push({
        customerId: customer.id,
        name: chinese ? `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}` : rnd.pick(LATIN_PEOPLE),
        title: rnd.pick(TITLES),
        mobile: `+86 139 ${String(1000_0000 + customer.id * 10 + n).slice(0, 8)}`,
        phone: null,
        email: `person${n}@customer${customer.id}.example`,
        birthday: null,
        isPrimary: n === 0,
        notes: null,
        ownerId: customer.ownerId,
        teamPath: customer.teamPath,
        createdBy: customer.ownerId,
        createdAt: customer.createdAt,
        updatedAt: customer.createdAt,
        version: 1,
      });
    }
  }
  for (let start = 0; start < contacts.length; start += 100) {
    await manager.insert(Contact, contacts.slice(start, start + 100));
  }
}

export async function isEmptyInstall(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(User).count()) === 0;
}
