import { Injectable } from '@nestjs/common';
import { today } from '../../common/calendar-days.js';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { foundOrFail, invalid, staleVersion } from '../../common/errors/app-error.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { updateVersioned } from '../../common/database/versioned-update.js';
import { CustomersService } from '../customers/customers.service.js';
import { PriceList, Product, ProductCategory } from './product.entity.js';
import { ProductsRepository } from './products.repository.js';
import type {
  CategoryDto,
  CategoryInputDto,
  CreateProductDto,
  EffectivePriceDto,
  PriceListDetailDto,
  PriceListDto,
  PriceListInputDto,
  PriceListItemsDto,
  PriceQueryDto,
  ProductDto,
  ProductListQueryDto,
  ProductPageDto,
  UpdatePriceListDto,
  UpdateProductDto,
} from './products.dto.js';

export const GOVERNED_PRODUCT_FIELDS = ['cost', 'listPrice', 'taxRate', 'notes', 'specification'] as const;


@Injectable()
export class ProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
    private readonly customers: CustomersService,
    private readonly fields: RecordFieldsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ProductListQueryDto): Promise<ProductPageDto> {
    const page = await this.products.findPage(actor, actor.scope('read', 'products'), query);
    return { ...page, items: await this.fields.present(actor, 'products', page.items, toProductDto) };
  }

  async get(actor: Actor, id: number): Promise<ProductDto> {
    const product = foundOrFail(await this.products.findOne(actor.scope('read', 'products'), id), 'Product', id);
    return (await this.fields.present(actor, 'products', [product], toProductDto))[0];
  }

  async create(actor: Actor, dto: CreateProductDto): Promise<ProductDto> {
    const { customFields, ...fields } = dto;
    await this.checkProduct(fields);
    const writes = await this.fields.checkWrite(actor, 'products', Product, fields, customFields, null);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = { ...fields, taxRate: fields.taxRate ?? '0', isActive: fields.isActive ?? true };
      const newId = await this.products.insert(manager, { ...values, createdBy: actor.id, version: 1 });
      await this.fields.saveCustomFields(manager, newId, writes);
      await this.audit.recordChange(manager, actor, 'product', 'create', newId, null, this.fields.snapshot(values, customFields ?? {}));
      return newId;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateProductDto): Promise<ProductDto> {
    const { version, customFields, ...fields } = dto;
    await this.checkProduct(fields, id);
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await this.products.findOne(actor.scope('update', 'products'), id, manager), 'Product', id);
      const current = await this.fields.current('products', before, manager);
      const writes = await this.fields.checkWrite(actor, 'products', Product, fields, customFields, current);
      if (!(await updateVersioned(manager, Product, id, version, fields))) throw staleVersion('Product', id, before.version);
      await this.fields.saveCustomFields(manager, id, writes);
      const after = await this.fields.current('products', (await this.products.findOne(actor.scope('read', 'products'), id, manager))!, manager);
      await this.audit.recordChange(manager, actor, 'product', 'update', id, this.fields.snapshot(before, current.customFields), this.fields.snapshot(after.row, after.customFields));
    });
    return this.get(actor, id);
  }

  /**
   * The price a customer pays for a product on a day: the matching active price list with the
   * highest priority (a list for the customer's level before a general one, then the newest), or
   * the list price when no list prices the product.
   */
  async effectivePrice(actor: Actor, productId: number, query: PriceQueryDto): Promise<EffectivePriceDto> {
    const product = foundOrFail(await this.products.findOne(actor.scope('read', 'products'), productId), 'Product', productId);
    const customer = await this.customers.get(actor, query.customerId);
    const date = query.date ?? today();
    const candidates = await this.products.candidatePrices(productId, date, customer.customerLevel);
    candidates.sort(
      (a, b) =>
        b.priceList.priority - a.priceList.priority ||
        Number(b.priceList.customerLevel !== null) - Number(a.priceList.customerLevel !== null) ||
        b.priceList.validFrom.localeCompare(a.priceList.validFrom) ||
        b.priceList.id - a.priceList.id,
    );
    const best = candidates[0];
    return {
      productId,
      customerId: customer.id,
      date,
      unitPrice: best ? best.unitPrice : product.listPrice,
      listPrice: product.listPrice,
      taxRate: product.taxRate,
      source: best ? 'priceList' : 'listPrice',
      priceListId: best?.priceList.id ?? null,
      priceListName: best?.priceList.name ?? null,
    };
  }

  async categories(): Promise<CategoryDto[]> {
    return (await this.products.categories()).map(({ id, name, parentId, sortOrder }) => ({ id, name, parentId, sortOrder }));
  }

  async saveCategory(actor: Actor, dto: CategoryInputDto, id?: number): Promise<CategoryDto[]> {
    await this.dataSource.transaction(async (manager) => {
      if (dto.parentId && !(await manager.existsBy(ProductCategory, { id: dto.parentId }))) {
        throw invalid([{ field: 'parentId', reason: 'is not a category' }]);
      }
      const values = { name: dto.name, parentId: dto.parentId ?? null, sortOrder: dto.sortOrder ?? 0 };
      if (id === undefined) {
        const { identifiers } = await manager.insert(ProductCategory, { ...values, createdBy: actor.id, version: 1 });
        await this.audit.recordChange(manager, actor, 'product_category', 'create', Number(identifiers[0].id), null, values);
      } else {
        const before = foundOrFail(await manager.findOneBy(ProductCategory, { id }), 'Category', id);
        if (dto.parentId === id) throw invalid([{ field: 'parentId', reason: 'cannot be the category itself' }]);
        await updateVersioned(manager, ProductCategory, id, undefined, values);
        await this.audit.recordChange(manager, actor, 'product_category', 'update', id, before, values);
      }
    });
    return this.categories();
  }

  async listPriceLists(): Promise<PriceListDto[]> {
    const [lists, counts] = await Promise.all([this.products.priceLists(), this.products.itemCounts()]);
    return lists.map((list) => toPriceListDto(list, counts.get(list.id) ?? 0));
  }

  async getPriceList(id: number): Promise<PriceListDetailDto> {
    const list = foundOrFail((await this.products.priceLists()).find((l) => l.id === id), 'Price list', id);
    const items = await this.products.itemsOf(id);
    return {
      ...toPriceListDto(list, items.length),
      items: items.map((i) => ({ productId: i.productId, productCode: i.product.code, productName: i.product.name, unitPrice: i.unitPrice })),
    };
  }

  async createPriceList(actor: Actor, dto: PriceListInputDto): Promise<PriceListDetailDto> {
    await this.checkPriceList(dto);
    const id = await this.dataSource.transaction(async (manager) => {
      const values = { ...dto, customerLevel: dto.customerLevel ?? null, validTo: dto.validTo ?? null, priority: dto.priority ?? 0, isActive: dto.isActive ?? true };
      const { identifiers } = await manager.insert(PriceList, { ...values, createdBy: actor.id, version: 1 });
      const newId = Number(identifiers[0].id);
      await this.audit.recordChange(manager, actor, 'price_list', 'create', newId, null, values);
      return newId;
    });
    return this.getPriceList(id);
  }

  async updatePriceList(actor: Actor, id: number, dto: UpdatePriceListDto): Promise<PriceListDetailDto> {
    const { version, ...changes } = dto;
    await this.checkPriceList(changes);
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await manager.findOneBy(PriceList, { id }), 'Price list', id);
      if (!(await updateVersioned(manager, PriceList, id, version, changes))) throw staleVersion('Price list', id, before.version);
      await this.audit.recordChange(manager, actor, 'price_list', 'update', id, before, { ...before, ...changes });
    });
    return this.getPriceList(id);
  }

  /** Replaces every price of a list; unknown or duplicate products answer 400 and change nothing. */
  async replacePriceListItems(actor: Actor, id: number, dto: PriceListItemsDto): Promise<PriceListDetailDto> {
    const ids = dto.items.map((item) => item.productId);
    const duplicates = ids.filter((productId, i) => ids.indexOf(productId) !== i);
    if (duplicates.length) throw invalid([{ field: 'items', reason: `lists product ${duplicates[0]} twice` }]);
    const known = new Set((await this.products.findByIds(ids)).map((p) => p.id));
    const unknown = ids.filter((productId) => !known.has(productId));
    if (unknown.length) throw invalid([{ field: 'items', reason: `product ${unknown[0]} does not exist` }]);
    await this.dataSource.transaction(async (manager) => {
      const before = foundOrFail(await manager.findOneBy(PriceList, { id }), 'Price list', id);
      await this.products.replaceItems(manager, id, dto.items);
      await updateVersioned(manager, PriceList, id, undefined, {});
      await this.audit.recordChange(manager, actor, 'price_list', 'update', id, { items: '(previous)' }, { items: `${dto.items.length} prices`, version: before.version + 1 });
    });
    return this.getPriceList(id);
  }

  private async checkProduct(fields: Partial<CreateProductDto>, exceptId?: number): Promise<void> {
    const problems = [];
    if (fields.code && (await this.products.codeTaken(fields.code, exceptId))) problems.push({ field: 'code', reason: 'is already used by another product' });
    if (fields.taxRate !== undefined && Number(fields.taxRate) > 100) problems.push({ field: 'taxRate', reason: 'must be at most 100' });
    if (fields.taxRate !== undefined && fields.taxRate.startsWith('-')) problems.push({ field: 'taxRate', reason: 'must not be negative' });
    if (fields.listPrice?.startsWith('-')) problems.push({ field: 'listPrice', reason: 'must not be negative' });
    if (fields.categoryId && !(await this.dataSource.getRepository(ProductCategory).existsBy({ id: fields.categoryId }))) {
      problems.push({ field: 'categoryId', reason: 'is not a category' });
    }
    if (problems.length) throw invalid(problems);
  }

  private async checkPriceList(dto: Partial<PriceListInputDto>): Promise<void> {
    if (dto.validTo && dto.validFrom && dto.validTo < dto.validFrom) {
      throw invalid([{ field: 'validTo', reason: 'must not be before validFrom' }]);
    }
    const problems = await this.fields.picklistProblems(PriceList, dto);
    if (problems.length) throw invalid(problems);
  }

}

function toProductDto(row: Product, customFields: Record<string, unknown>): ProductDto {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    categoryId: row.categoryId,
    unit: row.unit,
    specification: row.specification,
    listPrice: row.listPrice,
    cost: row.cost,
    taxRate: row.taxRate,
    isActive: row.isActive,
    notes: row.notes,
    customFields,
    version: row.version,
  };
}

function toPriceListDto(list: PriceList, itemCount: number): PriceListDto {
  const { id, name, currency, customerLevel, validFrom, validTo, priority, isActive, version } = list;
  return { id, name, currency, customerLevel, validFrom, validTo, priority, isActive, itemCount, version };
}
