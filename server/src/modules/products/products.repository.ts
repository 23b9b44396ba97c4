import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { whereInScope } from '../../common/access/scope-query.js';
import type { AccessScope } from '../../common/access/scope-query.js';
import { containsInsensitive, likePattern } from '../../common/database/dialect.js';
import { paginate } from '../../common/pagination/paginate.js';
import type { Page } from '../../common/pagination/paginate.js';
import { RecordFieldsService } from '../../common/record-fields.service.js';
import { PriceList, PriceListItem, Product, ProductCategory } from './product.entity.js';
import type { ProductListQueryDto } from './products.dto.js';

export const PRODUCT_SORTS = { name: 'name', code: 'code', createdAt: 'createdAt', updatedAt: 'updatedAt' };

@Injectable()
export class ProductsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fields: RecordFieldsService,
  ) {}

  private select(scope: AccessScope, manager: EntityManager = this.dataSource.manager) {
    return whereInScope(manager.createQueryBuilder(Product, 'p'), 'p', scope);
  }

  async findPage(actor: Actor, scope: AccessScope, query: ProductListQueryDto): Promise<Page<Product>> {
    const qb = this.select(scope);
    if (query.q) {
      qb.andWhere(
        new Brackets((text) =>
          text.where(containsInsensitive(this.dataSource, 'p.name', 'qContains')).orWhere(containsInsensitive(this.dataSource, 'p.code', 'qPrefix')),
        ),
        { qContains: likePattern(query.q, 'contains'), qPrefix: likePattern(query.q, 'prefix') },
      );
    }
    if (query.categoryId !== undefined) qb.andWhere('p.categoryId = :categoryId', { categoryId: query.categoryId });
    const status = query.status ?? 'active';
    if (status !== 'all') qb.andWhere('p.isActive = :active', { active: status === 'active' });
    const { orderBy } = await this.fields.applyListOptions(actor, 'products', qb, 'p', query as never, []);
    return paginate(qb, 'p', query, PRODUCT_SORTS, { key: 'name', order: 'asc' }, { orderBy });
  }

  findOne(scope: AccessScope, id: number, manager?: EntityManager): Promise<Product | null> {
    return this.select(scope, manager).andWhere('p.id = :id', { id }).getOne();
  }

  findByIds(ids: number[]): Promise<Product[]> {
    return ids.length ? this.dataSource.getRepository(Product).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  codeTaken(code: string, exceptId?: number): Promise<boolean> {
    const qb = this.dataSource.getRepository(Product).createQueryBuilder('p').where('p.code = :code', { code });
    if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
    return qb.getExists();
  }

  async insert(manager: EntityManager, values: Partial<Product>): Promise<number> {
    const { identifiers } = await manager.insert(Product, values);
    return Number(identifiers[0].id);
  }

  categories(): Promise<ProductCategory[]> {
    return this.dataSource.getRepository(ProductCategory).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  /** Price lists that could price `productId` on `date`; the caller picks the winner. */
  candidatePrices(productId: number, date: string, customerLevel: string | null) {
    const qb = this.dataSource
      .createQueryBuilder(PriceListItem, 'i')
      .innerJoinAndMapOne('i.priceList', PriceList, 'l', 'l.id = i.priceListId')
      .where('i.productId = :productId AND l.isActive = :active', { productId, active: true })
      .andWhere('l.validFrom <= :date', { date })
      .andWhere(new Brackets((to) => to.where('l.validTo IS NULL').orWhere('l.validTo >= :date', { date })))
      .andWhere(
        new Brackets((level) => {
          level.where('l.customerLevel IS NULL');
          if (customerLevel) level.orWhere('l.customerLevel = :customerLevel', { customerLevel });
        }),
      );
    return qb.getMany() as Promise<Array<PriceListItem & { priceList: PriceList }>>;
  }

  priceLists(): Promise<PriceList[]> {
    return this.dataSource.getRepository(PriceList).find({ order: { priority: 'DESC', validFrom: 'DESC', id: 'DESC' } });
  }

  async itemCounts(): Promise<Map<number, number>> {
    const rows = await this.dataSource
      .createQueryBuilder(PriceListItem, 'i')
      .select('i.priceListId', 'list_id')
      .addSelect('COUNT(*)', 'n')
      .groupBy('i.priceListId')
      .getRawMany<Record<string, unknown>>();
    return new Map(rows.map((row) => [Number(row.list_id ?? row.LIST_ID), Number(row.n ?? row.N)]));
  }

  itemsOf(priceListId: number) {
    return this.dataSource
      .createQueryBuilder(PriceListItem, 'i')
      .innerJoinAndMapOne('i.product', Product, 'p', 'p.id = i.productId')
      .where('i.priceListId = :priceListId', { priceListId })
      .orderBy('p.name', 'ASC')
      .getMany() as Promise<Array<PriceListItem & { product: Product }>>;
  }

  async replaceItems(manager: EntityManager, priceListId: number, items: Array<{ productId: number; unitPrice: string }>) {
    await manager.delete(PriceListItem, { priceListId });
    for (let i = 0; i < items.length; i += 500) {
      await manager.insert(PriceListItem, items.slice(i, i + 500).map((item) => ({ ...item, priceListId })));
    }
  }

}
