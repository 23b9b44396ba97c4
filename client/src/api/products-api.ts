import { http, unwrap } from './http';
import type { CategoryBody, CreateProductBody, Page, Product, ProductListQuery, UpdateProductBody } from './types';

const byId = (id: number) => ({ params: { path: { id } } });
/** Governed fields may be left out and custom values are loose in the document; Product states both. */
const asProduct = async (pending: Promise<unknown>): Promise<Product> => (await pending) as Product;

export const productsApi = {
  list: async (query: ProductListQuery): Promise<Page<Product>> =>
    (await unwrap(http.GET('/products', { params: { query } }))) as Page<Product>,
  get: (id: number) => asProduct(unwrap(http.GET('/products/{id}', byId(id)))),
  create: (body: CreateProductBody) => asProduct(unwrap(http.POST('/products', { body }))),
  update: (id: number, body: UpdateProductBody) => asProduct(unwrap(http.PATCH('/products/{id}', { ...byId(id), body }))),
  /** What the customer pays for the product on the day (today when left out). */
  effectivePrice: (id: number, customerId: number, date?: string) =>
    unwrap(http.GET('/products/{id}/price', { params: { path: { id }, query: { customerId, date } } })),
  categories: () => unwrap(http.GET('/product-categories')),
  createCategory: (body: CategoryBody) => unwrap(http.POST('/product-categories', { body })),
  updateCategory: (id: number, body: CategoryBody) => unwrap(http.PUT('/product-categories/{id}', { ...byId(id), body })),
};
